import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LISTING_STATUSES, type MyListingsQuery } from '../../api'
import { LoadError } from '../../components/LoadError'
import { Pager } from '../../components/Pager'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { formatQuantity, useLocalName } from '../inventory/names'
import { useListingFormat } from './format'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'

/** "Mina annonser": the listings of the user's organisation, in every status. */
export function MyListingsPage() {
  const { t, i18n } = useTranslation()
  const { listings, canList } = useSession()
  const localName = useLocalName()
  const format = useListingFormat()
  const [q, setQ] = useState('')
  const [query, setQuery] = useState<MyListingsQuery>({ page: 0, size: 50 })
  useEffect(() => {
    const timer = setTimeout(() => setQuery((old) => (old.q === (q.trim() || undefined) ? old : { ...old, q: q.trim() || undefined, page: 0 })), 300)
    return () => clearTimeout(timer)
  }, [q])
  const stateQuery = useQuery({ queryKey: ['MyListingsPage.state', query], queryFn: () => listings.mine(query) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()

  return (
    <section className="card card--wide" aria-labelledby="listings-title" data-testid="my-listings-page">
      <div className="titlebar">
        <h1 id="listings-title" className="card__title">
          {t('listings.title')}
        </h1>
        {canList && (
          <Link to="/annonser/ny" className="button" data-testid="new-listing">
            {t('listings.new')}
          </Link>
        )}
      </div>
      <div className="filters" role="search">
        <label className="field">
          <span className="field__label">{t('listings.search')}</span>
          <input className="input" type="search" value={q} onChange={(e) => setQ(e.target.value)} data-testid="listings-filter-text" />
        </label>
        <label className="field">
          <span className="field__label">{t('listings.status')}</span>
          <select
            className="input"
            value={query.status ?? ''}
            onChange={(e) => setQuery((old) => ({ ...old, status: e.target.value || undefined, page: 0 }))}
            data-testid="listings-filter-status"
          >
            <option value="">{t('common.all')}</option>
            {LISTING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`listingStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
      {state.kind === 'loaded' &&
        (state.data.items.length === 0 ? (
          <EmptyState testId="listings-empty" message={t('listings.empty')} hint={t('emptyHint.listings')} />
        ) : (
          <>
            <TableScroll labelledBy="listings-title" className="table table--cards" testId="listings-table">
              <thead>
                <tr>
                  <th scope="col">{t('listings.titleColumn')}</th>
                  <th scope="col">{t('listing.category')}</th>
                  <th scope="col" className="num">{t('listing.quantity')}</th>
                  <th scope="col">{t('listing.price')}</th>
                  <th scope="col">{t('listing.visibility')}</th>
                  <th scope="col">{t('listings.status')}</th>
                  <th scope="col">{t('listings.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((l) => (
                  <tr key={l.id} data-testid="listing-row">
                    <td data-label={t('listings.titleColumn')}>
                      <Link to={`/annonser/${l.id}`} data-testid="listing-link">
                        {l.title}
                      </Link>
                    </td>
                    <td data-label={t('listing.category')}>{localName(l.category)}</td>
                    <td data-label={t('listing.quantity')} className="num">
                      {formatQuantity(l.quantity, i18n.language)} {t(`unit.${l.unit}`)}
                    </td>
                    <td data-label={t('listing.price')}>{format.price(l.price)}</td>
                    <td data-label={t('listing.visibility')}>{t(`visibility.${l.visibility}`)}</td>
                    <td data-label={t('listings.status')} data-testid="listing-row-status">
                      <span className={`badge badge--status badge--${l.status.toLowerCase()}`}>{t(`listingStatus.${l.status}`)}</span>
                    </td>
                    <td data-label={t('listings.updated')}>{format.date(l.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </TableScroll>
            <Pager page={state.data.page} size={state.data.size} total={state.data.total} onPage={(page) => setQuery((old) => ({ ...old, page }))} />
          </>
        ))}
    </section>
  )
}
