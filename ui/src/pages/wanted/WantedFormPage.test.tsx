import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { anna, descriptionOf, problem, signedInHandlers } from '../../test/signedIn'

const LAZY = { timeout: 10_000 }

describe('the wanted request form', () => {
  it('wants words or a category and a minimum not above the maximum, before sending', async () => {
    let posted = 0
    server.use(
      ...signedInHandlers(['builder']),
      http.get('/api/v1/categories', () => HttpResponse.json([])),
      http.post('/api/v1/wanted', () => {
        posted++
        return HttpResponse.json({}, { status: 201 })
      }),
    )
    renderApp('/efterfragan/ny', anna)
    const text = await screen.findByTestId('wanted-text', {}, LAZY)
    await userEvent.type(screen.getByTestId('wanted-lengthMin'), '2100')
    await userEvent.type(screen.getByTestId('wanted-lengthMax'), '2000')
    await userEvent.click(screen.getByTestId('wanted-save'))
    await waitFor(() => expect(document.activeElement).toBe(text))
    expect(descriptionOf(text)).toContain('Skriv vad du söker eller välj en kategori (eller båda).')
    expect(descriptionOf(screen.getByTestId('wanted-lengthMin'))).toBe('Minsta värdet kan inte vara större än det största.')
    expect(posted).toBe(0)
  })

  it('puts the server’s refusal of a dimension on its field', async () => {
    let sent: Record<string, unknown> | undefined
    server.use(
      ...signedInHandlers(['builder']),
      http.get('/api/v1/categories', () => HttpResponse.json([])),
      http.post('/api/v1/wanted', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>
        return problem(400, {
          title: 'Invalid request', detail: '1 field is invalid.',
          errors: [{ field: 'dimensions.width.max', code: 'Max', message: 'must be less than or equal to 1000000', max: 1000000 }],
        })
      }),
    )
    renderApp('/efterfragan/ny', anna)
    await userEvent.type(await screen.findByTestId('wanted-text', {}, LAZY), 'innerdörr')
    await userEvent.type(screen.getByTestId('wanted-widthMax'), '900')
    await userEvent.click(screen.getByTestId('wanted-save'))
    const width = screen.getByTestId('wanted-widthMax')
    await waitFor(() => expect(document.activeElement).toBe(width))
    expect(descriptionOf(width)).toBe('Får inte vara större än 1000000.')
    expect(sent).toMatchObject({ text: 'innerdörr', dimensions: { length: null, width: { min: null, max: 900 }, height: null }, acceptFuture: true })
  })
})
