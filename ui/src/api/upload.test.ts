import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../test/server'
import { ApiError } from './client'
import { isAbort, uploadFile } from './upload'

const file = () => new File(['x'.repeat(2048)], 'dorr.jpg', { type: 'image/jpeg' })

describe('uploadFile', () => {
  it('sends the file with the token and the page language, reports progress and reads the answer', async () => {
    let seen: { auth: string | null; language: string | null; size: number | undefined } | undefined
    server.use(
      http.post('/api/v1/items/i1/photos', async ({ request }) => {
        const form = await request.formData()
        const sent = form.get('file')
        seen = { auth: request.headers.get('authorization'), language: request.headers.get('accept-language'), size: (sent as File | null)?.size }
        return HttpResponse.json({ id: 'p1' }, { status: 201 })
      }),
    )
    const shares: number[] = []
    const photo = await uploadFile<{ id: string }>('/api/v1/items/i1/photos', file(), { accessToken: 't', onProgress: (s) => shares.push(s) })
    expect(photo).toEqual({ id: 'p1' })
    expect(seen).toEqual({ auth: 'Bearer t', language: 'sv', size: 2048 })
    expect(shares.at(-1)).toBe(1)
    expect(shares.every((s) => s >= 0 && s <= 1)).toBe(true)
  })

  it('turns a problem answer into an ApiError with its field errors', async () => {
    server.use(
      http.post('/api/v1/items/i1/photos', () =>
        HttpResponse.json(
          { status: 413, title: 'För stor', errors: [{ field: 'file', code: 'TooLarge', message: 'är större än 10 MiB', max: 10485760 }] },
          { status: 413, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const failure = await uploadFile('/api/v1/items/i1/photos', file()).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).status).toBe(413)
    expect((failure as ApiError).fieldErrors).toEqual({ file: 'är större än 10 MiB' })
  })

  it('is cancelled by its signal', async () => {
    let release = () => {}
    server.use(
      http.post('/api/v1/items/i1/photos', () => new Promise<Response>((resolve) => {
        release = () => resolve(HttpResponse.json({ id: 'late' }, { status: 201 }))
      })),
    )
    const abort = new AbortController()
    const upload = uploadFile('/api/v1/items/i1/photos', file(), { signal: abort.signal }).catch((e: unknown) => e)
    await new Promise((resolve) => setTimeout(resolve, 20))
    abort.abort()
    const failure = await upload
    release()
    expect(isAbort(failure)).toBe(true)
  })

  it('does not start when the signal is already aborted', async () => {
    const abort = new AbortController()
    abort.abort()
    expect(isAbort(await uploadFile('/api/v1/never', file(), { signal: abort.signal }).catch((e: unknown) => e))).toBe(true)
  })
})
