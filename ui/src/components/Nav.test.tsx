import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { User } from 'oidc-client-ts'
import { describe, expect, it } from 'vitest'
import { anonymous, renderApp } from '../test/render'
import { server } from '../test/server'

const LAZY = { timeout: 10_000 }

const johan = {
  ...anonymous,
  status: 'authenticated' as const,
  user: { access_token: 'token-johan', profile: { sub: 'sub-johan' } } as unknown as User,
}

/** Johan of a contractor: the longest menu of the demo roles (listings, storage, demand, incoming reservations). */
function contractor() {
  server.use(
    http.get('/api/v1/me', () =>
      HttpResponse.json({
        user: { subject: 'sub-johan', username: 'johan', name: 'Johan Karlsson', email: 'johan@example.se', roles: ['contractor'] },
        organisation: { id: 'org-r', code: 'kalmar-rivning', name: 'Kalmar Rivning AB', organisationNumber: '556000-0000', kind: 'CONTRACTOR', group: 'kalmarsund' },
      }),
    ),
    http.get('/api/v1/me/standing', () =>
      HttpResponse.json({ username: 'johan', name: 'Johan Karlsson', installationAdmin: false, organisationState: 'ACTIVE', organisationCode: 'kalmar-rivning', organisationName: 'Kalmar Rivning AB' }),
    ),
    http.get('/api/v1/notifications', () => HttpResponse.json({ items: [], page: 0, size: 10, total: 0, unread: 0 })),
    http.get('/api/v1/conversations/unread', () => HttpResponse.json({ unread: 0, threads: 0 })),
  )
}

describe('the main menu', () => {
  it('puts the links of one area behind a disclosure button that Escape closes, giving the focus back', async () => {
    contractor()
    const user = userEvent.setup()
    renderApp('/finns/inte', johan)
    const group = await screen.findByTestId('nav-group-reservations', {}, LAZY)
    const panel = document.getElementById(group.getAttribute('aria-controls') ?? '')!
    expect(group.getAttribute('aria-expanded')).toBe('false')
    expect(within(panel).getByRole('link', { name: 'Våra reservationer' }).getAttribute('href')).toBe('/reservationer')
    expect(within(panel).getByRole('link', { name: 'Inkomna reservationer' }).getAttribute('href')).toBe('/reservationer/inkommande')
    expect(panel.className).not.toContain('nav__panel--open')

    await user.click(group)
    expect(group.getAttribute('aria-expanded')).toBe('true')
    expect(panel.className).toContain('nav__panel--open')
    await user.tab()
    expect(document.activeElement?.textContent).toBe('Våra reservationer')
    await user.keyboard('{Escape}')
    expect(group.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(group)
  })

  it('shows the inbox as an envelope beside the bell with the unread count, outside the menu', async () => {
    contractor()
    server.use(http.get('/api/v1/conversations/unread', () => HttpResponse.json({ unread: 3, threads: 2 })))
    renderApp('/finns/inte', johan)
    const link = await screen.findByTestId('nav-messages', {}, LAZY)
    await waitFor(() => expect(link.getAttribute('aria-label')).toBe('Meddelanden, 3 olästa'))
    expect(link.getAttribute('href')).toBe('/meddelanden')
    expect(screen.getByTestId('messages-unread').textContent).toBe('3')
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' })
    expect(nav.contains(link)).toBe(false)
    // The phone's menu has it too (shown there only, by styles.css), with the same count.
    const menuLink = within(nav).getByTestId('nav-messages-menu')
    expect(menuLink.textContent).toBe('Meddelanden, 3 olästa')
    expect(menuLink.closest('li')?.className).toBe('nav__narrow-only')
  })

  it('keeps an area with one link for this person a plain link, and a visitor sees no groups', async () => {
    renderApp('/finns/inte')
    await screen.findByTestId('not-found')
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' })
    expect(within(nav).queryAllByRole('button', { expanded: false }).map((b) => b.dataset.testid)).toEqual(['nav-toggle'])
    expect(within(nav).getByRole('link', { name: 'Sök' })).toBeTruthy()
  })

  it('folds behind one menu button on phones: Escape closes it and focuses the button, a followed link closes it and the page heading gets the focus', async () => {
    contractor()
    const user = userEvent.setup()
    const { router } = renderApp('/finns/inte', johan)
    const toggle = await screen.findByRole('button', { name: 'Meny' })
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' })
    expect(toggle.getAttribute('aria-controls')).toBe(nav.querySelector('.nav__list')?.id)
    expect(toggle.getAttribute('aria-expanded')).toBe('false')

    await user.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(nav.className).toContain('nav--open')
    await user.tab()
    await user.keyboard('{Escape}')
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(toggle)

    // A tap outside the menu closes it too.
    await user.click(toggle)
    await user.click(screen.getByTestId('not-found'))
    expect(toggle.getAttribute('aria-expanded')).toBe('false')

    server.use(http.get('/api/v1/reservations', () => HttpResponse.json({ items: [], page: 0, size: 20, total: 0 })))
    await user.click(toggle)
    // Johan's incoming reservations (in the reservations group, shown as a list in the folded menu).
    await user.click(await screen.findByTestId('nav-incoming-reservations', {}, LAZY))
    await waitFor(() => expect(router.state.location.pathname).toBe('/reservationer/inkommande'))
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'), LAZY)
    // The page's heading, not the menu button, has the focus once the page is there.
    const heading = await screen.findByRole('heading', { level: 1 }, LAZY)
    await waitFor(() => expect(document.activeElement).toBe(heading))
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(document.activeElement).toBe(heading)
  })
})

describe('the language button', () => {
  it('is named by its visible text (label in name)', async () => {
    renderApp('/finns/inte')
    const button = await screen.findByTestId('language-switch')
    expect(button.getAttribute('aria-label')).toBeNull()
    expect(screen.getByRole('button', { name: 'English' })).toBe(button)
    expect(button.getAttribute('lang')).toBe('en')
  })
})
