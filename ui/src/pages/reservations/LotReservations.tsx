import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ACTIVE_RESERVATION_STATUSES, type LocationRef, type Reservation } from '../../api'
import { LoadError } from '../../components/LoadError'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { RESERVATIONS } from './events'
import { ReservationItem } from './ReservationItem'
import { EmptyState } from '../../components/EmptyState'

/**
 * The lot page's "Reservationer": the active (requested, confirmed) reservations of the listing that offers the
 * lot, with confirm and handover, so whoever scanned the lot's label can hand it over there. Rows stay after a
 * change (a handed-over one shows its new status) until the page is loaded again.
 */
export function LotReservations({
  lotId,
  locations,
  onChanged,
}: {
  lotId: string
  locations: (LocationRef & { onHand: number })[]
  onChanged: (reservation: Reservation) => void
}) {
  const { t } = useTranslation()
  const { reservations } = useSession()
  // One request per active status: the status filter takes one value.
  const stateQuery = useQuery<Reservation[]>({ queryKey: [RESERVATIONS, 'LotReservations.state', lotId], queryFn: async () => {
    const pages = await Promise.all(
      ACTIVE_RESERVATION_STATUSES.map((status) => reservations.list({ role: 'seller', lotId, status, page: 0, size: 100 })),
    )
    return pages.flatMap((p) => p.items).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  } })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()

  return (
    <section className="card card--wide" aria-labelledby="lot-reservations-title" data-testid="lot-reservations">
      <h2 id="lot-reservations-title" className="section-title">
        {t('reservations.lotTitle')}
      </h2>
      <p className="muted">{t('reservations.lotIntro')}</p>
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
      {state.kind === 'loaded' &&
        (state.data.length === 0 ? (
          <EmptyState testId="lot-reservations-empty" message={t('reservations.lotEmpty')} hint={t('emptyHint.lotReservations')} />
        ) : (
          <ul className="reservations">
            {state.data.map((r) => (
              <ReservationItem key={r.id} reservation={r} role="seller" locations={locations} onChanged={onChanged} />
            ))}
          </ul>
        ))}
    </section>
  )
}
