import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { LoadError, Loading } from '../../components/LoadError'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { formatQuantity, useLocalName } from '../inventory/names'
import { useListingFormat } from '../listings/format'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'

const DemandMap = lazy(() => import('./DemandMap'))

/** /efterfragan/oversikt: open wanted requests by category and area, as a table and a map. */
export function DemandOverviewPage() {
  const { t, i18n } = useTranslation()
  const { wanted } = useSession()
  const localName = useLocalName()
  const format = useListingFormat()
  const stateQuery = useQuery({ queryKey: ['DemandOverviewPage.state'], queryFn: () => wanted.overview() })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  return (
    <section className="card card--wide" aria-labelledby="demand-title" data-testid="demand-page">
      <h1 id="demand-title" className="card__title">
        {t('demand.title')}
      </h1>
      <p className="muted">{t('demand.intro')}</p>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
      {state.kind === 'loaded' && (
        <>
          <p data-testid="demand-total">{t('demand.total', { count: state.data.openRequests })}</p>
          {state.data.rows.length === 0 ? (
            <EmptyState testId="demand-empty" message={t('demand.empty')} hint={t('emptyHint.demand')} />
          ) : (
            <>
              <TableScroll labelledBy="demand-title" testId="demand-table">
                <thead>
                  <tr>
                    <th>{t('demand.category')}</th>
                    <th>{t('demand.area')}</th>
                    <th>{t('demand.requests')}</th>
                    <th>{t('demand.quantities')}</th>
                    <th>{t('demand.neededBy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.data.rows.map((r, i) => (
                    <tr key={`${r.categoryId}-${r.area}-${i}`} data-testid="demand-row">
                      <td>{r.categoryId ? localName({ nameSv: r.categoryNameSv ?? '', nameEn: r.categoryNameEn ?? '' }) : t('demand.anyCategory')}</td>
                      <td>{r.area ?? t('demand.anywhere')}</td>
                      <td>{r.requests}</td>
                      <td>{r.quantities.map((q) => `${formatQuantity(q.quantity, i18n.language)} ${t(`unit.${q.unit}`)}`).join(', ')}</td>
                      <td>{format.date(r.earliestNeededBy)}</td>
                    </tr>
                  ))}
                </tbody>
              </TableScroll>
              <h2>{t('demand.map')}</h2>
              <Suspense fallback={<Loading />}>
                <DemandMap rows={state.data.rows} />
              </Suspense>
            </>
          )}
        </>
      )}
    </section>
  )
}
