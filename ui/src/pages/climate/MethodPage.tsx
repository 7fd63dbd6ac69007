import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClimateProduct, MappingView } from '../../api'
import { apiBlob, apiFetch, saveBlob } from '../../api'
import { useAuth } from '../../auth'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { useClimateApi } from './useClimate'
import { TableScroll } from '../../components/TableScroll'

/** A category's product for one material (GET /climate/categories/mappings, `materials`). */
interface MaterialMapping {
  material: string
  construction: string | null
  boverketId: string
  product: ClimateProduct | null
  estimate: boolean
  note: string | null
}

/** The coverage report's counts (GET /climate/coverage, admins). */
interface CoverageCounts {
  pairs: number
  exact: number
  estimates: number
  none: number
}

const ROUTES = ['CATEGORY_MATERIAL', 'CATEGORY', 'PARENT_MATERIAL', 'PARENT', 'MATERIAL', 'CATEGORY_OTHER_MATERIAL', 'NONE'] as const

/**
 * How Kretslopp counts the climate benefit: the formula, which figure is the headline and why, the source and
 * version of the figures, every imported version, how a product is chosen (category × material, the fallbacks that
 * are marked as estimates), the mapping of categories to Boverket's products (admins change a category's own
 * product here) with its products per material, the coverage (admins) and the materials' nearest products.
 */
export function MethodPage() {
  const { t, i18n } = useTranslation()
  const climate = useClimateApi()
  const { me } = useSession()
  const { user } = useAuth()
  const token = user?.access_token ?? ''
  const roles = me?.user.roles ?? []
  const isAdmin = roles.includes('admin')
  const seesCoverage = isAdmin || roles.includes('installation-admin')
  const coverageQuery = useQuery({
    queryKey: ['MethodPage.coverage', token],
    queryFn: () => apiFetch<CoverageCounts>('/api/v1/climate/coverage', { accessToken: token }),
    enabled: seesCoverage && token !== '',
  })
  const factorsQuery = useQuery({ queryKey: ['MethodPage.factors'], queryFn: () => climate.factors() })
  const factors = loadable(factorsQuery)
  const mappingsQuery = useQuery({ queryKey: ['MethodPage.mappings'], queryFn: () => climate.mappings() })
  const mappings = loadable(mappingsQuery)
  const reloadMappings = () => void mappingsQuery.refetch()
  const errorText = useErrorText()
  const [failure, setFailure] = useState<unknown>()
  const english = i18n.language === 'en'
  const name = (p: ClimateProduct | null) => (p ? (english && p.nameEn ? p.nameEn : p.nameSv) : '')

  async function downloadCoverage() {
    setFailure(undefined)
    try {
      const { blob, filename } = await apiBlob('/api/v1/climate/coverage?format=csv', { accessToken: token })
      saveBlob(blob, filename ?? 'klimatkartlaggning.csv')
    } catch (error) {
      setFailure(error)
    }
  }

  async function change(m: MappingView, boverketId: string) {
    setFailure(undefined)
    try {
      await climate.setMapping(m.categoryId, boverketId === '' ? null : boverketId)
      reloadMappings()
    } catch (error) {
      setFailure(error)
    }
  }

  if (factors.kind === 'loading') return <Loading />
  if (factors.kind === 'failed') return <section className="card"><LoadError error={factors.error} /></section>
  const f = factors.data
  return (
    <>
      <section className="card card--wide" aria-labelledby="method-title" data-testid="method-page">
        <h1 id="method-title" className="card__title">
          {t('climate.methodTitle')}
        </h1>
        <p>{t('climate.methodIntro')}</p>
        <pre className="formula" data-testid="method-formula">
          {t('climate.formula', { reuseA4: f.reuseA4 })}
        </pre>
        <h2 className="section-title">{t('climate.methodHeadline')}</h2>
        <ul data-testid="method-headline">
          <li>
            <strong>{t('climate.methodTypicalLine')}</strong>
          </li>
          <li>{t('climate.methodConservativeLine')}</li>
        </ul>
        <p>{t('climate.methodConservative')}</p>
        <ul>
          <li>{t('climate.methodMass')}</li>
          <li>{t('climate.methodEstimate')}</li>
          <li>{t('climate.methodRealised')}</li>
          <li>{t('climate.methodWaste')}</li>
        </ul>
        <h2 className="section-title">{t('climate.routesTitle')}</h2>
        <p>{t('climate.routeIntro')}</p>
        <ol data-testid="method-routes">
          {ROUTES.map((r) => (
            <li key={r}>{t(`climate.route.${r}`)}</li>
          ))}
        </ol>
        <p data-testid="method-source">
          {t('climate.methodSource', { name: f.source.name, version: f.source.version, published: f.source.publishedOn ?? '–' })}
        </p>
        <h2 className="section-title">{t('climate.datasets')}</h2>
        <ul data-testid="method-datasets">
          {f.datasets.map((d) => (
            <li key={d.version}>
              {d.source} {d.version} ({d.productCount} {t('climate.products')}){d.active ? ` – ${t('climate.active')}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section className="card card--wide" aria-labelledby="mapping-title">
        <h2 id="mapping-title" className="section-title">
          {t('climate.mappingTitle')}
        </h2>
        {failure !== undefined && <ErrorMessage {...errorText(failure)} />}
        {mappings.kind === 'failed' && <LoadError error={mappings.error} />}
        {mappings.kind === 'loaded' && (
          <TableScroll labelledBy="mapping-title" testId="mapping-table">
              <thead>
                <tr>
                  <th>{t('climate.category')}</th>
                  <th>{t('climate.product')}</th>
                  <th className="num">A1–A3 ({t('climate.typical')})</th>
                  <th className="num">A1–A3 ({t('climate.conservative')})</th>
                  <th className="num">A4</th>
                  <th>{t('climate.conversion')}</th>
                  <th>{t('climate.perMaterial')}</th>
                </tr>
              </thead>
              <tbody>
                {mappings.data
                  .filter((m) => m.parentId != null)
                  .map((m) => (
                    <tr key={m.categoryId} data-testid="mapping-row">
                      <td>{english ? m.nameEn : m.nameSv}</td>
                      <td>
                        {isAdmin ? (
                          <select
                            value={m.boverketId ?? ''}
                            onChange={(e) => void change(m, e.target.value)}
                            aria-label={t('climate.productFor', { category: english ? m.nameEn : m.nameSv })}
                          >
                            <option value="">{t('climate.noProduct')}</option>
                            {f.products.map((p) => (
                              <option key={p.resourceId} value={p.resourceId}>
                                {p.resourceId} {name(p)}
                              </option>
                            ))}
                          </select>
                        ) : m.product ? (
                          `${m.product.resourceId} ${name(m.product)}`
                        ) : (
                          <em>{t('climate.noProductEstimate')}</em>
                        )}
                      </td>
                      <td className="num">{m.product?.a1a3Typical ?? ''}</td>
                      <td className="num">{m.product?.a1a3Conservative ?? ''}</td>
                      <td className="num">{m.product?.a4 ?? ''}</td>
                      <td>{m.product?.conversions ?? ''}</td>
                      <td>
                        <MaterialList materials={(m as MappingView & { materials?: MaterialMapping[] }).materials ?? []} name={name} />
                      </td>
                    </tr>
                  ))}
              </tbody>
          </TableScroll>
        )}
      </section>
      {seesCoverage && (
        <section className="card card--wide" aria-labelledby="coverage-title" data-testid="method-coverage">
          <h2 id="coverage-title" className="section-title">
            {t('climate.coverageTitle')}
          </h2>
          <p>{t('climate.coverageIntro')}</p>
          {coverageQuery.data && <p>{t('climate.coverageCounts', { ...coverageQuery.data })}</p>}
          {coverageQuery.isError && <LoadError error={coverageQuery.error} />}
          <button type="button" className="button" onClick={() => void downloadCoverage()}>
            {t('climate.coverageDownload')}
          </button>
        </section>
      )}
      <section className="card card--wide" aria-labelledby="rules-title">
        <h2 id="rules-title" className="section-title">
          {t('climate.rulesTitle')}
        </h2>
        <p>{t('climate.rulesIntro')}</p>
        <TableScroll labelledBy="rules-title" testId="rules-table">
            <thead>
              <tr>
                <th>{t('climate.materialWords')}</th>
                <th>{t('climate.product')}</th>
                <th>{t('climate.note')}</th>
              </tr>
            </thead>
            <tbody>
              {f.materialRules.map((r) => (
                <tr key={r.rank}>
                  <td>{r.pattern.replaceAll('|', ', ')}</td>
                  <td>{r.resourceId} {name(f.products.find((p) => p.resourceId === r.resourceId) ?? null)}</td>
                  <td>{r.note}</td>
                </tr>
              ))}
            </tbody>
        </TableScroll>
      </section>
    </>
  )
}

/** A category's products per material, e.g. "stal → 6000000117 Innerdörr utan glas, stål". */
function MaterialList({ materials, name }: { materials: MaterialMapping[]; name: (p: ClimateProduct | null) => string }) {
  const { t } = useTranslation()
  if (materials.length === 0) return null
  return (
    <ul className="plain-list">
      {materials.map((mm) => (
        <li key={`${mm.material}|${mm.construction ?? ''}`}>
          {mm.material}
          {mm.construction ? ` (${t('climate.construction', { pattern: mm.construction })})` : ''} →{' '}
          {[mm.boverketId, name(mm.product), mm.estimate ? `(${t('climate.estimateShort')})` : ''].filter((part) => part !== '').join(' ')}
        </li>
      ))}
    </ul>
  )
}
