import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClimateProduct, MappingView } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { useClimateApi } from './useClimate'
import { TableScroll } from '../../components/TableScroll'

/**
 * How Kretslopp counts the climate benefit: the formula, the source and version of the figures, every imported
 * version, the mapping of categories to Boverket's products (admins change it here) and the material rules.
 */
export function MethodPage() {
  const { t, i18n } = useTranslation()
  const climate = useClimateApi()
  const { me } = useSession()
  const isAdmin = me?.user.roles.includes('admin') ?? false
  const factorsQuery = useQuery({ queryKey: ['MethodPage.factors'], queryFn: () => climate.factors() })
  const factors = loadable(factorsQuery)
  const mappingsQuery = useQuery({ queryKey: ['MethodPage.mappings'], queryFn: () => climate.mappings() })
  const mappings = loadable(mappingsQuery)
  const reloadMappings = () => void mappingsQuery.refetch()
  const errorText = useErrorText()
  const [failure, setFailure] = useState<unknown>()
  const english = i18n.language === 'en'
  const name = (p: ClimateProduct | null) => (p ? (english && p.nameEn ? p.nameEn : p.nameSv) : '')

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
        <ul>
          <li>{t('climate.methodMass')}</li>
          <li>{t('climate.methodConservative')}</li>
          <li>{t('climate.methodEstimate')}</li>
          <li>{t('climate.methodRealised')}</li>
          <li>{t('climate.methodWaste')}</li>
        </ul>
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
                </tr>
              </thead>
              <tbody>
                {mappings.data
                  .filter((m) => m.parentId !== null)
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
                    </tr>
                  ))}
              </tbody>
          </TableScroll>
        )}
      </section>
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
