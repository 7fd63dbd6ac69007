import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { createQueryClient } from '../../api'
import { AuthContext } from '../../auth/context'
import { SessionProvider } from '../../session'
import { server } from '../../test/server'
import { anna, signedInHandlers } from '../../test/signedIn'
import { ThreadPanel } from './ThreadPanel'

const org = (name: string) => ({ id: name, code: name, name })
const message = (id: string, text: string | null, extra: Record<string, unknown> = {}) => ({
  id, conversationId: 'c1', organisation: org('Smålandsbygg AB'), authorUsername: 'sara', authorName: 'Sara', text,
  createdAt: '2026-12-04T10:00:00Z', mine: false, hidden: text === null, hiddenAt: text === null ? '2026-12-04T11:00:00Z' : null,
  attachments: [], ...extra,
})

function renderPanel() {
  render(
    <AuthContext.Provider value={anna}>
      <QueryClientProvider client={createQueryClient()}>
        <SessionProvider>
          <MemoryRouter>
            <ThreadPanel conversationId="c1" />
          </MemoryRouter>
        </SessionProvider>
      </QueryClientProvider>
    </AuthContext.Provider>,
  )
}

describe('a conversation', () => {
  it('shows the messages oldest first as text, a hidden one as hidden, marks the thread read and reports a message', async () => {
    let read = 0
    const reports: unknown[] = []
    server.use(
      ...signedInHandlers(['contractor']),
      http.get('/api/v1/conversations/c1', () => HttpResponse.json({ id: 'c1', otherParty: org('Smålandsbygg AB'), unread: 2 })),
      http.get('/api/v1/conversations/c1/messages', () =>
        HttpResponse.json({ items: [message('m2', null), message('m1', '<i>Finns</i> de kvar? https://example.org')], page: 0, size: 30, total: 2 }),
      ),
      http.post('/api/v1/conversations/c1/read', () => {
        read++
        return HttpResponse.json({ id: 'c1', otherParty: org('Smålandsbygg AB'), unread: 0 })
      }),
      http.post('/api/v1/conversations/c1/messages/m1/report', async ({ request }) => {
        reports.push(await request.json())
        return new HttpResponse(null, { status: 204 })
      }),
    )
    renderPanel()
    expect(await screen.findByRole('heading', { name: 'Konversation med Smålandsbygg AB' })).toBeTruthy()
    const items = await screen.findAllByTestId('message')
    expect(items.map((li) => li.getAttribute('data-message-id'))).toEqual(['m1', 'm2'])
    expect(items[0].querySelector('i')).toBeNull()
    expect(items[0].querySelector('a')?.getAttribute('rel')).toBe('nofollow noopener noreferrer ugc')
    expect(items[1].textContent).toContain('Meddelandet har dolts av en moderator.')
    await waitFor(() => expect(read).toBe(1))
    await userEvent.click(items[0].querySelector('[data-testid="message-report"]') as HTMLElement)
    await userEvent.type(screen.getByTestId('report-reason'), 'Reklam')
    await userEvent.click(screen.getByTestId('report-send'))
    expect(await screen.findByTestId('message-reported')).toBeTruthy()
    expect(reports).toEqual([{ reason: 'Reklam' }])
  })
})
