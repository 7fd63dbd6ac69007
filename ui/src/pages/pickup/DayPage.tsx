import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useSearchParams } from 'react-router'
import { loadable } from '../../api'
import { pickupKeys, type DayPickup } from '../../api/pickup'
import { EmptyState } from '../../components/EmptyState'
import { LoadError, Loading } from '../../components/LoadError'
import { useSession } from '../../session'
import { useStorageFormat } from '../storage/shared'
import { HandOverPanel } from './HandOverPanel'
import { addDays, isDay, storeToday, usePickupApi, usePickupFormat } from './shared'

/**
 * /lager/:siteId/dag?datum=YYYY-MM-DD: the store's pickups of a day in time order, with the buyer, the
 * reservation, the lot and where it lies: the operators' pick list, printable ("Skriv ut": the print stylesheet
 * leaves out the frame and the buttons). Each pickup is handed over by scanning its lot's label.
 */
export function PickupDayPage({ siteId }: { siteId: string }) {
  const { t } = useTranslation()
  const { storage } = useSession()
  const api = usePickupApi()
  const format = usePickupFormat()
  const [search, setSearch] = useSearchParams()
  const today = storeToday()
  const asked = search.get('datum')
  const date = isDay(asked) ? asked : today
  const go = (day: string) => setSearch(day === today ? {} : { datum: day })
  const siteQuery = useQuery({ queryKey: ['PickupDayPage.site', siteId], queryFn: () => storage.site(siteId) })
  const dayQuery = useQuery({ queryKey: pickupKeys.day(siteId, date), queryFn: () => api.day(siteId, date) })
  const site = loadable(siteQuery)
  const day = loadable(dayQuery)
  const [handingOver, setHandingOver] = useState<string>()
  const [handedOver, setHandedOver] = useState<string>()

  if (site.kind === 'loading') return <Loading />
  if (site.kind === 'failed') return <section className="card"><LoadError error={site.error} onRetry={() => void siteQuery.refetch()} /></section>
  // Another day's list (kept on screen while the new one loads) is not shown as this day's.
  const current = day.kind === 'loaded' && day.data.day === date
  const pickups = current ? day.data.pickups : []

  return (
    <section className="card card--wide pick-list-page" aria-labelledby="pickup-day-title" data-testid="pickup-day-page">
      <p className="crumb no-print">
        <Link to={`/lager/${siteId}`}>← {site.data.name}</Link>
      </p>
      <h1 id="pickup-day-title" className="card__title" data-testid="pickup-day-title" data-date={date}>
        {t('pickup.day.title', { day: format.day(date) })}
      </h1>
      <p className="muted">
        {site.data.name}
        {date === today ? ` · ${t('pickup.day.today')}` : ''}
      </p>
      <div className="toolbar toolbar--spaced no-print" role="group" aria-label={t('pickup.day.navigation')}>
        <button type="button" className="button button--secondary" onClick={() => go(addDays(date, -1))} data-testid="pickup-day-previous">
          ← {t('pickup.day.previous')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => go(today)} disabled={date === today} data-testid="pickup-day-today">
          {t('pickup.day.today')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => go(addDays(date, 1))} data-testid="pickup-day-next">
          {t('pickup.day.next')} →
        </button>
        <label className="field field--inline">
          <span className="field__label">{t('pickup.day.date')}</span>
          <input className="input" type="date" value={date} onChange={(e) => isDay(e.target.value) && go(e.target.value)} data-testid="pickup-day-date" />
        </label>
        <button type="button" className="button" onClick={() => window.print()} disabled={pickups.length === 0} data-testid="pickup-day-print">
          {t('pickup.day.print')}
        </button>
      </div>
      {handedOver && (
        <p className="success no-print" role="status" data-testid="pickup-handed-over">
          {handedOver}
        </p>
      )}
      {(day.kind === 'loading' || (day.kind === 'loaded' && !current)) && <p role="status">{t('app.loading')}</p>}
      {day.kind === 'failed' && <LoadError error={day.error} onRetry={() => void dayQuery.refetch()} />}
      {current &&
        (pickups.length === 0 ? (
          <EmptyState testId="pickup-day-empty" message={t('pickup.day.empty')} hint={t('pickup.day.emptyHint')} />
        ) : (
          <ol className="pick-list" data-testid="pickup-day-list">
            {pickups.map((p) => (
              <PickupRow
                key={`${p.reservationId}:${p.startsAt}`}
                pickup={p}
                open={handingOver === p.reservationId}
                onOpen={() => {
                  setHandedOver(undefined)
                  setHandingOver(p.reservationId)
                }}
                onClose={() => setHandingOver(undefined)}
                onDone={() => {
                  setHandingOver(undefined)
                  setHandedOver(t('pickup.handOver.done', { title: p.listingTitle, code: p.lotCode ?? '' }))
                }}
              />
            ))}
          </ol>
        ))}
    </section>
  )
}

function PickupRow({ pickup: p, open, onOpen, onClose, onDone }: { pickup: DayPickup; open: boolean; onOpen: () => void; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation()
  const format = usePickupFormat()
  const storageFormat = useStorageFormat()
  const titleId = `pickup-${p.reservationId}-title`
  const handedOver = p.reservationStatus === 'HANDED_OVER'
  const buyer = [p.buyerOrganisation, p.buyerName].filter(Boolean).join(', ')
  return (
    <li className="pick" aria-labelledby={titleId} data-testid="pickup-row" data-status={p.reservationStatus} data-reservation-id={p.reservationId}>
      <div className="pick__head">
        <h2 id={titleId} className="pick__title">
          <span className="pick__time" data-testid="pickup-time">{format.span(p.startsAt, p.endsAt)}</span> {buyer}
        </h2>
        <span className={`badge badge--status badge--${p.reservationStatus.toLowerCase()}`} data-testid="pickup-status">
          {t(`reservationStatus.${p.reservationStatus}`, { defaultValue: t('pickup.day.otherStatus') })}
        </span>
      </div>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('pickup.day.reservation')}</dt>
          <dd>
            <Link to={`/reservationer/inkommande?id=${encodeURIComponent(p.reservationId)}`} data-testid="pickup-reservation">
              {p.listingTitle}
            </Link>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('pickup.day.quantity')}</dt>
          <dd data-testid="pickup-quantity">{storageFormat.quantity(p.quantity, p.unit)}</dd>
        </div>
        {p.lotCode && (
          <div className="facts__row">
            <dt>{t('pickup.day.lot')}</dt>
            <dd>
              {p.lotId ? (
                <Link to={`/lager/poster/${p.lotId}`} className="code" data-testid="pickup-lot">
                  {p.lotCode}
                </Link>
              ) : (
                <span className="code">{p.lotCode}</span>
              )}
            </dd>
          </div>
        )}
        <div className="facts__row">
          <dt>{t('pickup.day.places')}</dt>
          <dd data-testid="pickup-places">
            {p.places.length === 0
              ? t('pickup.day.noPlaces')
              : p.places.map((place) => `${place.locationCode} (${storageFormat.quantity(place.quantity, p.unit)})`).join(', ')}
          </dd>
        </div>
      </dl>
      {!handedOver && p.reservationStatus === 'CONFIRMED' && !open && (
        <div className="actions no-print">
          <button type="button" className="button" onClick={onOpen} data-testid="pickup-hand-over">
            {t('pickup.handOver.open')}
          </button>
        </div>
      )}
      {open && <HandOverPanel pickup={p} onDone={onDone} onClose={onClose} />}
    </li>
  )
}

/** /lager/dag, the menu's "Dagens hämtningar": the day view of the store one operates, or a choice of them. */
export function PickupSitesPage() {
  const { t } = useTranslation()
  const { storage } = useSession()
  const sitesQuery = useQuery({ queryKey: ['PickupSitesPage.sites'], queryFn: () => storage.sites() })
  const sites = loadable(sitesQuery)
  if (sites.kind === 'loading') return <Loading />
  if (sites.kind === 'failed') return <section className="card"><LoadError error={sites.error} onRetry={() => void sitesQuery.refetch()} /></section>
  const mine = sites.data.filter((s) => s.manageable)
  if (mine.length === 1) return <Navigate to={`/lager/${mine[0].id}/dag`} replace />
  return (
    <section className="card" aria-labelledby="pickup-sites-title" data-testid="pickup-sites-page">
      <h1 id="pickup-sites-title" className="card__title">
        {t('pickup.day.chooseTitle')}
      </h1>
      {mine.length === 0 ? (
        <EmptyState testId="pickup-sites-empty" message={t('pickup.day.noSites')} />
      ) : (
        <ul className="plain-list">
          {mine.map((s) => (
            <li key={s.id}>
              <Link to={`/lager/${s.id}/dag`} data-testid="pickup-site-link">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
