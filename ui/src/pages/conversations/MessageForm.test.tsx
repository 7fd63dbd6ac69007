import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { AuthContext } from '../../auth/context'
import { server } from '../../test/server'
import { anna, descriptionOf, problem } from '../../test/signedIn'
import { MessageForm } from './MessageForm'

const MESSAGES = '/api/v1/conversations/c1/messages'

function renderForm() {
  const onSent = vi.fn()
  render(
    <AuthContext.Provider value={anna}>
      <MessageForm conversationId="c1" onSent={onSent} />
    </AuthContext.Provider>,
  )
  return onSent
}

const sent = { id: 'm1', conversationId: 'c1', text: 'Hej', attachments: [] }

describe('the message form', () => {
  it('refuses an empty message and one over 4,000 characters before sending, on the field', async () => {
    let posted = 0
    server.use(http.post(MESSAGES, () => {
      posted++
      return HttpResponse.json(sent, { status: 201 })
    }))
    renderForm()
    const text = screen.getByTestId('message-input')
    await userEvent.type(text, '   ')
    await userEvent.click(screen.getByTestId('message-send'))
    await waitFor(() => expect(descriptionOf(text)).toContain('Fyll i fältet.'))
    await userEvent.clear(text)
    await userEvent.click(text)
    await userEvent.paste('x'.repeat(4001))
    await userEvent.click(screen.getByTestId('message-send'))
    await waitFor(() => expect(descriptionOf(text)).toMatch(/4000|4 000/))
    expect(posted).toBe(0)
  })

  it('sends the text with an idempotency key, then each file to the message, and starts again empty', async () => {
    const bodies: unknown[] = []
    const keys: (string | null)[] = []
    const files: string[] = []
    server.use(
      http.post(MESSAGES, async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'))
        bodies.push(await request.json())
        return HttpResponse.json(sent, { status: 201 })
      }),
      http.post(`${MESSAGES}/m1/attachments`, async ({ request }) => {
        const form = await request.formData()
        // jsdom's XMLHttpRequest sends the file without its name: its content tells it
        files.push(await (form.get('file') as File).text())
        return HttpResponse.json({ id: 'a1', kind: 'PDF', url: '/api/v1/conversations/c1/attachments/a1' }, { status: 201 })
      }),
    )
    const onSent = renderForm()
    await userEvent.type(screen.getByTestId('message-input'), 'Här är ritningen')
    await userEvent.upload(screen.getByTestId('message-files'), new File(['%PDF-1.4'], 'ritning.pdf', { type: 'application/pdf' }))
    await userEvent.click(screen.getByTestId('message-send'))
    await waitFor(() => expect(onSent).toHaveBeenCalled())
    expect(bodies).toEqual([{ text: 'Här är ritningen' }])
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(files).toEqual(['%PDF-1.4'])
    expect((screen.getByTestId('message-input') as HTMLTextAreaElement).value).toBe('')
  })

  it('puts the server’s refusal of a file on the file field', async () => {
    server.use(
      http.post(MESSAGES, () => HttpResponse.json(sent, { status: 201 })),
      http.post(`${MESSAGES}/m1/attachments`, () =>
        problem(415, {
          title: 'Unsupported media type', detail: 'An attachment is a JPEG, PNG or WebP photo or a PDF; this file is neither.',
          errors: [{ field: 'file', code: 'InvalidFile', message: 'is neither a photo (JPEG, PNG, WebP) nor a PDF' }],
        }),
      ),
    )
    renderForm()
    await userEvent.type(screen.getByTestId('message-input'), 'Se bifogat')
    await userEvent.upload(screen.getByTestId('message-files'), new File(['MZ'], 'program.pdf', { type: 'application/pdf' }))
    await userEvent.click(screen.getByTestId('message-send'))
    await waitFor(() => expect(descriptionOf(screen.getByTestId('message-files'))).not.toBe(''))
  })

  it('refuses more than five files before sending', async () => {
    let posted = 0
    server.use(http.post(MESSAGES, () => {
      posted++
      return HttpResponse.json(sent, { status: 201 })
    }))
    renderForm()
    await userEvent.type(screen.getByTestId('message-input'), 'Många foton')
    const six = Array.from({ length: 6 }, (_, i) => new File(['x'], `p${i}.png`, { type: 'image/png' }))
    await userEvent.upload(screen.getByTestId('message-files'), six)
    await userEvent.click(screen.getByTestId('message-send'))
    await waitFor(() => expect(descriptionOf(screen.getByTestId('message-files'))).toContain('Välj högst 5 filer.'))
    expect(posted).toBe(0)
  })
})
