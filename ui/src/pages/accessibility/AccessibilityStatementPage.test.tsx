import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'

const LAZY = { timeout: 10_000 }

describe('the accessibility statement', () => {
  it('is linked from every page’s footer and follows DIGG’s model: status, shortcomings, feedback, enforcement, testing', async () => {
    server.use(
      http.get('/api/v1/ui-config', () =>
        HttpResponse.json({ oidc: { authority: 'https://login.example.org/realms/k', clientId: 'web' }, accessibility: { contact: 'tillganglighet@kalmar.se' } }),
      ),
    )
    const { router } = renderApp('/finns/inte')
    const footer = await screen.findByRole('contentinfo')
    await userEvent.click(within(footer).getByRole('link', { name: 'Tillgänglighetsredogörelse' }))
    expect(router.state.location.pathname).toBe('/tillganglighet')

    expect(await screen.findByRole('heading', { level: 1, name: 'Tillgänglighet för Kretslopp' }, LAZY)).toBeTruthy()
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(sections).toEqual([
      'Hur tillgänglig är webbplatsen?',
      'Innehåll som inte är tillgängligt',
      'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'Rapportera brister i webbplatsens tillgänglighet',
      'Tillsyn',
      'Hur vi testat webbplatsen',
    ])
    expect(screen.getByTestId('statement-status').textContent).toContain('delvis förenlig')
    expect(within(screen.getByTestId('statement-shortcomings')).getAllByRole('listitem').length).toBeGreaterThan(0)
    expect(screen.getByRole('link', { name: 'Anmäl till DIGG' }).getAttribute('href')).toBe('https://www.digg.se/tdosanmalan')
    expect(screen.getByTestId('statement-updated').textContent).toMatch(/2026/)
    // The installation's address for feedback, from its configuration.
    const mail = await screen.findByRole('link', { name: 'tillganglighet@kalmar.se' })
    expect(mail.getAttribute('href')).toBe('mailto:tillganglighet@kalmar.se')
  })
})
