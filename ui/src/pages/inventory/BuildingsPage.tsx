import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Building } from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { Pager } from '../../components/Pager'
import { RiskBadges } from '../../components/RiskBadges'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'

const PAGE_SIZE = 50

export function formatAddress(building: Pick<Building, 'address'>): string {
  const a = building.address
  if (!a) return ''
  return [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
}

export function BuildingsPage() {
  const { t } = useTranslation()
  const { api, canCreateBuildings } = useSession()
  const [page, setPage] = useState(0)
  const [archived, setArchived] = useState(false)
  const stateQuery = useQuery({ queryKey: ['BuildingsPage.state', page, archived], queryFn: () => api.buildings(page, PAGE_SIZE, archived) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()

  return (
    <section className="card card--wide" aria-labelledby="buildings-title" data-testid="buildings-page">
      <div className="titlebar">
        <h1 id="buildings-title" className="card__title">
          {t('buildings.title')}
        </h1>
        {canCreateBuildings && (
          <Link to="/buildings/new" className="button" data-testid="new-building">
            {t('buildings.new')}
          </Link>
        )}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={archived}
          data-testid="show-archived"
          onChange={(e) => {
            setArchived(e.target.checked)
            setPage(0)
          }}
        />
        {t('buildings.showArchived')}
      </label>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
      {state.kind === 'loaded' &&
        (state.data.items.length === 0 ? (
          <EmptyState testId="buildings-empty" message={t('buildings.empty')} hint={t('emptyHint.buildings')} />
        ) : (
          <>
            <TableScroll labelledBy="buildings-title" className="table table--cards" testId="buildings-table">
              <thead>
                <tr>
                  <th scope="col">{t('buildings.name')}</th>
                  <th scope="col">{t('buildings.address')}</th>
                  <th scope="col">{t('buildings.constructionYear')}</th>
                  <th scope="col">{t('buildings.risk')}</th>
                  <th scope="col" className="num">{t('buildings.itemCount')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((b) => (
                  <tr key={b.id} data-testid="building-row">
                    <td data-label={t('buildings.name')}>
                      <span>
                      <Link to={`/buildings/${b.id}`} data-testid="building-link">
                        {b.name}
                      </Link>
                      {b.archived && <span className="badge"> {t('buildings.archived')}</span>}
                      </span>
                    </td>
                    <td data-label={t('buildings.address')}>{formatAddress(b) || t('common.none')}</td>
                    <td data-label={t('buildings.constructionYear')}>{b.constructionYear ?? t('common.none')}</td>
                    <td data-label={t('buildings.risk')}>
                      <RiskBadges risk={b.hazardRisk} />
                    </td>
                    <td data-label={t('buildings.itemCount')} className="num" data-testid="building-item-count">
                      {b.itemCount}
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableScroll>
            <Pager page={state.data.page} size={state.data.size} total={state.data.total} onPage={setPage} />
          </>
        ))}
    </section>
  )
}
