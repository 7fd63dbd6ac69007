import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { anna, signedInHandlers } from '../../test/signedIn'

const LAZY = { timeout: 10_000 }

const building = {
  id: 'b1', name: 'Skolan', organisation: { id: 'org-1', code: 'kalmar-kommun', name: 'Kalmar kommun' }, assignedOrganisations: [],
  hazardRisk: { pcb: false, asbestos: false, ageUnknown: false }, itemCount: 0, archived: false, editable: true, version: 0,
}
const sheet = () => new File(['Namn;Antal\nDörr;tolv\n'], 'poster.csv', { type: 'text/csv' })

describe('the import page', () => {
  it('shows the dry run’s problems in Swedish by their codes, whatever language the server wrote', async () => {
    server.use(
      ...signedInHandlers(['property-unit']),
      http.get('/api/v1/buildings/b1', () => HttpResponse.json(building)),
      http.post('/api/v1/buildings/b1/items/import', () =>
        HttpResponse.json({
          dryRun: true, rowCount: 1, importedCount: 0,
          problems: [
            { row: 2, column: 'Antal', code: 'InvalidNumber', message: "'tolv' is not a number" },
            { row: 1, column: 'Färg', code: 'UnknownColumn', message: 'is not a known column', allowed: ['Namn', 'Antal'] },
          ],
        }),
      ),
    )
    renderApp('/buildings/b1/import', anna)
    await userEvent.upload(await screen.findByTestId('import-file', {}, LAZY), sheet())
    await userEvent.click(screen.getByTestId('import-check'))
    const rows = await screen.findAllByTestId('import-problem')
    expect(rows.map((r) => r.lastElementChild?.textContent)).toEqual([
      'Skriv ett tal.',
      'Är ingen känd kolumn; kolumnerna är Namn, Antal.',
    ])
  })

  it('cancels the check while the file is sent', async () => {
    server.use(
      ...signedInHandlers(['property-unit']),
      http.get('/api/v1/buildings/b1', () => HttpResponse.json(building)),
      http.post('/api/v1/buildings/b1/items/import', () => new Promise<Response>(() => undefined)),
    )
    renderApp('/buildings/b1/import', anna)
    await userEvent.upload(await screen.findByTestId('import-file', {}, LAZY), sheet())
    await userEvent.click(screen.getByTestId('import-check'))
    expect((await screen.findByTestId('import-progress')).textContent).toContain('Skickar filen: 0 %')
    await userEvent.click(screen.getByTestId('import-cancel'))
    expect((await screen.findByTestId('import-cancelled')).textContent).toBe('Uppladdningen avbröts.')
    expect(screen.queryByTestId('import-report')).toBeNull()
  })
})
