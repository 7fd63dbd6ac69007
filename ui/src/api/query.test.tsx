import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { server } from '../test/server'
import { ApiError, apiFetch, apiSend, onApiWrite } from './client'
import { createQueryClient, loadable } from './query'

function useBuilding(id: string) {
  return loadable(useQuery({ queryKey: ['building', id], queryFn: () => apiFetch<{ name: string }>(`/api/v1/buildings/${id}`) }))
}

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>
}

/** Answers GET /api/v1/buildings/:id with `status` each time and counts the requests. */
function answering(status: number) {
  const seen = { count: 0 }
  server.use(
    http.get('/api/v1/buildings/:id', () => {
      seen.count++
      return status === 200
        ? HttpResponse.json({ name: 'Kvarnholmen' })
        : HttpResponse.json({ title: 'no', status }, { status, headers: { 'Content-Type': 'application/problem+json' } })
    }),
  )
  return seen
}

describe('queries', () => {
  it('goes from loading to loaded', async () => {
    answering(200)
    const { result } = renderHook(() => useBuilding('b1'), { wrapper })
    expect(result.current.kind).toBe('loading')
    await waitFor(() => expect(result.current).toEqual({ kind: 'loaded', data: { name: 'Kvarnholmen' } }))
  })

  it('does not ask again after a 4xx answer', async () => {
    const seen = answering(404)
    const { result } = renderHook(() => useBuilding('b2'), { wrapper })
    await waitFor(() => expect(result.current.kind).toBe('failed'))
    const failed = result.current as { kind: 'failed'; error: unknown }
    expect((failed.error as ApiError).status).toBe(404)
    expect(seen.count).toBe(1)
  })

  it('asks once more after a 5xx answer, then fails', async () => {
    const seen = answering(503)
    const { result } = renderHook(() => useBuilding('b3'), { wrapper })
    await waitFor(() => expect(result.current.kind).toBe('failed'), { timeout: 5000 })
    expect(seen.count).toBe(2)
  })

  it('tells the cache about successful writes, not about reads or failed writes', async () => {
    server.use(
      http.get('/api/v1/buildings', () => HttpResponse.json([])),
      http.post('/api/v1/buildings', () => HttpResponse.json({ id: 'b4' }, { status: 201 })),
      http.put('/api/v1/buildings/b4', () => HttpResponse.json({ title: 'stale' }, { status: 412 })),
    )
    let writes = 0
    const stop = onApiWrite(() => writes++)
    await apiFetch('/api/v1/buildings')
    await apiSend('/api/v1/buildings', 'POST', { name: 'x' })
    await apiSend('/api/v1/buildings/b4', 'PUT', { name: 'y' }).catch(() => undefined)
    stop()
    expect(writes).toBe(1)
  })
})
