import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../test/server'
import { ApiError, apiFetch, NetworkError } from './client'

describe('apiFetch', () => {
  it('sends the bearer token and reads JSON', async () => {
    server.use(
      http.get('/api/v1/me', ({ request }) =>
        HttpResponse.json({ seen: request.headers.get('authorization') }),
      ),
    )
    await expect(apiFetch('/api/v1/me', { accessToken: 't0k' })).resolves.toEqual({ seen: 'Bearer t0k' })
  })

  it('turns a problem+json answer into an ApiError with field errors', async () => {
    server.use(
      http.post('/api/v1/buildings', () =>
        HttpResponse.json(
          { title: 'Invalid request', status: 400, errors: [{ field: 'name', message: 'must not be blank' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const error = await apiFetch('/api/v1/buildings', { method: 'POST' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(400)
    expect((error as ApiError).fieldErrors).toEqual({ name: 'must not be blank' })
  })

  it('reports an unreachable server as a NetworkError', async () => {
    server.use(http.get('/api/v1/me', () => HttpResponse.error()))
    await expect(apiFetch('/api/v1/me')).rejects.toBeInstanceOf(NetworkError)
  })
})
