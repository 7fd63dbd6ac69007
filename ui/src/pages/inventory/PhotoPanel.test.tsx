import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { User } from 'oidc-client-ts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '../../api'
import { AuthContext } from '../../auth/context'
import { QueryClientProvider } from '@tanstack/react-query'
import { SessionProvider } from '../../session'
import { anonymous } from '../../test/render'
import { server } from '../../test/server'
import { PhotoPanel } from './PhotoPanel'

const anna = {
  ...anonymous,
  status: 'authenticated' as const,
  user: { access_token: 'token-anna', profile: { sub: 'sub-anna' } } as unknown as User,
}

const photo = (id: string) => ({
  id, contentType: 'image/jpeg', width: 10, height: 10, sizeBytes: 100, originalFilename: `${id}.jpg`,
  createdAt: '2026-12-03T10:00:00Z', url: `/api/v1/photos/${id}`, thumbnailUrl: `/api/v1/photos/${id}/thumbnail`,
})

let created: string[]
let revoked: string[]

beforeEach(() => {
  created = []
  revoked = []
  // jsdom has no object URLs
  URL.createObjectURL = vi.fn(() => {
    const url = `blob:photo-${created.length + 1}`
    created.push(url)
    return url
  })
  URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url))
  server.use(
    http.get('/api/v1/me', () => HttpResponse.json({ status: 403 }, { status: 403 })),
    http.get('/api/v1/me/standing', () => HttpResponse.json({ status: 403 }, { status: 403 })),
    http.get('/api/v1/photos/:id/thumbnail', () => new HttpResponse(new Blob(['jpeg']), { headers: { 'Content-Type': 'image/jpeg' } })),
  )
})

afterEach(() => vi.restoreAllMocks())

function renderPanel(client: QueryClient = createQueryClient()) {
  render(
    <AuthContext.Provider value={anna}>
      <QueryClientProvider client={client}>
        <SessionProvider>
          <PhotoPanel itemId="i1" itemName="Dörr" editable queued={[]} onQueue={() => undefined} />
        </SessionProvider>
      </QueryClientProvider>
    </AuthContext.Provider>,
  )
  return client
}

const jpeg = (name: string) => new File(['x'.repeat(1000)], name, { type: 'image/jpeg' })

describe('PhotoPanel', () => {
  it('shows the saved photos from object URLs, which the cache revokes when it lets them go', async () => {
    server.use(http.get('/api/v1/items/i1/photos', () => HttpResponse.json([photo('p1'), photo('p2')])))
    const client = renderPanel()
    await waitFor(() => expect(screen.getAllByRole('img').map((img) => img.getAttribute('src'))).toEqual(['blob:photo-1', 'blob:photo-2']), { timeout: 5000 })
    client.clear()
    expect(revoked.sort()).toEqual(['blob:photo-1', 'blob:photo-2'])
  })

  it('uploads a photo, showing how far it has come, and adds it to the list', async () => {
    server.use(
      http.get('/api/v1/items/i1/photos', () => HttpResponse.json([])),
      http.post('/api/v1/items/i1/photos', () => HttpResponse.json(photo('p3'), { status: 201 })),
    )
    renderPanel()
    await userEvent.upload(screen.getByTestId('item-photo-input'), jpeg('ny.jpg'))
    expect(await screen.findByTestId('photo-thumb')).toBeTruthy()
    await waitFor(() => expect(screen.queryByTestId('photo-upload')).toBeNull())
  })

  it('shows the share sent in percent and cancels the upload', async () => {
    let release = () => {}
    server.use(
      http.get('/api/v1/items/i1/photos', () => HttpResponse.json([])),
      http.post('/api/v1/items/i1/photos', () => new Promise<Response>((resolve) => {
        release = () => resolve(HttpResponse.json(photo('late'), { status: 201 }))
      })),
    )
    renderPanel()
    await userEvent.upload(screen.getByTestId('item-photo-input'), [jpeg('a.jpg'), jpeg('b.jpg')])
    const status = await screen.findByTestId('photo-upload')
    expect(status.textContent).toContain('Laddar upp a.jpg (1 av 2): 0 %')
    expect(status.querySelector('progress')?.getAttribute('value')).toBe('0')
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt uppladdningen' }))
    expect(await screen.findByText('Uppladdningen avbröts.')).toBeTruthy()
    release()
    expect(screen.queryByTestId('photo-upload')).toBeNull()
    expect(screen.queryByTestId('photo-thumb')).toBeNull()
  })

  it('says in Swedish why the server refused a photo', async () => {
    server.use(
      http.get('/api/v1/items/i1/photos', () => HttpResponse.json([])),
      http.post('/api/v1/items/i1/photos', () =>
        HttpResponse.json(
          { status: 413, title: 'Payload too large', detail: 'The file is larger than 10 MiB.', errors: [{ field: 'file', code: 'TooLarge', message: 'is larger than 10 MiB', max: 10485760 }] },
          { status: 413, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    renderPanel()
    await userEvent.upload(screen.getByTestId('item-photo-input'), jpeg('stor.jpg'))
    expect((await screen.findByTestId('error-detail')).textContent).toBe('Filen är för stor: högst 10 MiB.')
  })
})
