import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { anonymous, renderApp } from '../../test/render'
import { server } from '../../test/server'
import type { User } from 'oidc-client-ts'

const LAZY = { timeout: 10_000 }

const source = { name: 'Boverkets klimatdatabas', version: '02.06.000', publishedOn: '2025-01-30' }
const product = (resourceId: string, nameSv: string) => ({
  version: '02.06.000', resourceId, nameSv, nameEn: null, boverketCategory: null, bk04Code: null, a1a3Typical: 1,
  a1a3Conservative: 1.25, a4: 0.04, conservativeFactor: 1.25, kgPerM2: 20, kgPerM3: null, conversions: 'Area=20 kg/m²',
  inventoryUnit: 'kg',
})
const factors = {
  source,
  datasets: [{ version: '02.06.000', source: source.name, publishedOn: source.publishedOn, fileName: 'x.csv', productCount: 213, importedAt: '2026-01-01T00:00:00Z', active: true }],
  reuseA4: 0.0042,
  products: [product('6000000121', 'Innerdörr utan glas, slät'), product('6000000117', 'Innerdörr utan glas, stål')],
  materialRules: [],
}
const mappings = [
  {
    categoryId: 'c1', parentId: 'p1', code: 'dorrar.innerdorrar', nameSv: 'Innerdörrar', nameEn: 'Interior doors',
    boverketId: '6000000121', product: product('6000000121', 'Innerdörr utan glas, slät'), source,
    materials: [
      { material: 'stal', construction: null, boverketId: '6000000117', product: product('6000000117', 'Innerdörr utan glas, stål'), estimate: false, note: null },
      { material: 'aluminium', construction: null, boverketId: '6000000187', product: null, estimate: true, note: 'närmaste' },
    ],
  },
]

const erik = {
  ...anonymous,
  status: 'authenticated' as const,
  user: { access_token: 'token-erik', profile: { sub: 'sub-erik' } } as unknown as User,
}

function climateApi(roles: string[]) {
  server.use(
    http.get('/api/v1/notifications', () => HttpResponse.json({ items: [], page: 0, size: 10, total: 0, unread: 0 })),
    http.get('/api/v1/conversations/unread', () => HttpResponse.json({ unread: 0, threads: 0 })),
    http.get('/api/v1/me', () =>
      HttpResponse.json({
        user: { subject: 'sub-erik', username: 'erik', name: 'Erik', email: 'erik@example.org', roles },
        organisation: { id: 'o1', code: 'kalmar-kommun', name: 'Kalmar kommun', organisationNumber: '212000-0746', kind: 'MUNICIPALITY', group: '' },
      }),
    ),
    http.get('/api/v1/me/standing', () =>
      HttpResponse.json({ username: 'erik', name: 'Erik', installationAdmin: false, organisationState: 'ACTIVE', organisationCode: 'kalmar-kommun' }),
    ),
    http.get('/api/v1/climate/factors', () => HttpResponse.json(factors)),
    http.get('/api/v1/climate/categories/mappings', () => HttpResponse.json(mappings)),
    http.get('/api/v1/climate/coverage', () => HttpResponse.json({ source, categories: 1, pairs: 12, exact: 7, estimates: 4, none: 1, rows: [] })),
  )
}

describe('the method page', () => {
  it('says which figure is the headline, names both without "konservativt" alone, and lists the products per material', async () => {
    climateApi(['property-unit'])
    renderApp('/klimat/metod', erik)
    const headline = await screen.findByTestId('method-headline', {}, LAZY)
    expect(headline.textContent).toContain('Med Boverkets typiska värden: huvudsiffran')
    expect(headline.textContent).toContain('Med Boverkets konservativa värden (+25 %)')
    expect(screen.getByTestId('method-page').textContent).toContain('Därför är huvudsiffran den med typiska värden')
    expect(within(screen.getByTestId('method-routes')).getAllByRole('listitem')).toHaveLength(7)
    const row = await screen.findByTestId('mapping-row')
    expect(row.textContent).toContain('stal → 6000000117 Innerdörr utan glas, stål')
    expect(row.textContent).toContain('aluminium → 6000000187 (uppskattning)')
    expect(screen.queryByTestId('method-coverage')).toBeNull()
  })

  it('shows admins the coverage', async () => {
    climateApi(['admin'])
    renderApp('/klimat/metod', erik)
    const coverage = await screen.findByTestId('method-coverage', {}, LAZY)
    expect(await within(coverage).findByText('12 par: 7 med egen produkt, 4 uppskattningar, 1 utan produkt.')).toBeTruthy()
  })
})
