import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RESERVATION_STATUSES, fetchMe, type PageOf, type Reservation, type ReservationRole, type ReservationStatus } from '../../api'
import { useAuth } from '../../auth'
import { LoadError, Loading } from '../../components/LoadError'
import { Pager } from '../../components/Pager'
import { Link, useNavigate, useLocation, useSearchParams } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { RESERVATIONS } from './events'
import { ReservationItem } from './ReservationItem'
import { EmptyState } from '../../components/EmptyState'

const PAGE_SIZE = 20

interface Loaded {
  page: PageOf<Reservation>
  /** The reservation of ?id= (a notification's link), shown first; null when there is none or it cannot be read. */
  selected: Reservation | null
}

/** /reservationer: "Mina reservationer", what the user's organisation has reserved. */
export function MyReservationsPage() {
  return <ReservationsPage role="buyer" />
}

/** /reservationer/inkommande: "Inkomna reservationer", reservations of the organisation's listings and lots. */
export function IncomingReservationsPage() {
  return <ReservationsPage role="seller" />
}

/**
 * The list of one side's reservations, newest first, filtered by status (and by listing with ?listingId=).
 * ?id= names a reservation to show first and marked, whatever the filter: where notifications lead.
 */
function ReservationsPage({ role }: { role: ReservationRole }) {
  const { t } = useTranslation()
  const { reservations } = useSession()
  const { pathname } = useLocation()
  const [search] = useSearchParams()
  const selectedId = search.get('id') ?? ''
  const listingId = search.get('listingId') ?? undefined
  const [status, setStatus] = useState<ReservationStatus | ''>('')
  const [page, setPage] = useState(0)
  const stateQuery = useQuery<Loaded>({ queryKey: [RESERVATIONS, 'ReservationsPage.state', role, status, listingId, page, selectedId], queryFn: async () => {
    const [list, selected] = await Promise.all([
      reservations.list({ role, status: status || undefined, listingId, page, size: PAGE_SIZE }),
      selectedId ? reservations.get(selectedId).catch(() => null) : Promise.resolve(null),
    ])
    return { page: list, selected }
  } })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()

  const buyer = role === 'buyer'
  const title = buyer ? t('reservations.mineTitle') : t('reservations.incomingTitle')
  const rows =
    state.kind === 'loaded'
      ? [
          ...(state.data.selected ? [state.data.selected] : []),
          ...state.data.page.items.filter((r) => r.id !== state.data.selected?.id),
        ]
      : []

  return (
    <section className="card card--wide" aria-labelledby="reservations-title" data-testid={buyer ? 'my-reservations-page' : 'incoming-reservations-page'}>
      <h1 id="reservations-title" className="card__title">
        {title}
      </h1>
      <p className="muted">{buyer ? t('reservations.mineIntro') : t('reservations.incomingIntro')}</p>
      <div className="filters filters--single" role="search">
        <label className="field">
          <span className="field__label">{t('reservations.status')}</span>
          <select
            className="input"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as ReservationStatus | '')
              setPage(0)
            }}
            data-testid="reservations-filter-status"
          >
            <option value="">{t('common.all')}</option>
            {RESERVATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reservationStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(selectedId || listingId) && (
        <p>
          <Link to={pathname} data-testid="reservations-show-all">
            {t('reservations.showAll')}
          </Link>
        </p>
      )}
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
      {state.kind === 'loaded' &&
        (rows.length === 0 ? (
          <EmptyState testId="reservations-empty" message={t('reservations.empty')} hint={buyer ? t('emptyHint.reservationsMine') : t('emptyHint.reservationsIncoming')} />
        ) : (
          <>
            <h2 className="visually-hidden">{status ? t(`reservationStatus.${status}`) : t('common.all')}</h2>
            <ul className="reservations" data-testid="reservations-list">
              {rows.map((r) => (
                // Keyed by version: a reload with a newer answer shows it afresh.
                <ReservationItem key={`${r.id}:${r.version}`} reservation={r} role={role} highlighted={r.id === state.data.selected?.id} />
              ))}
            </ul>
            <Pager page={state.data.page.page} size={state.data.page.size} total={state.data.page.total} onPage={setPage} />
          </>
        ))}
    </section>
  )
}

/**
 * /reservationer/:id: a link to one reservation whose side is not known beforehand (a notification that reaches
 * both sides). Goes on to the buyer's list when the user's organisation reserved it, else to the incoming list.
 */
export function ReservationRedirectPage({ id }: { id: string }) {
  const navigate = useNavigate()
  const { reservations, me } = useSession()
  const { user } = useAuth()
  const token = user?.access_token ?? ''
  const stateQuery = useQuery({ queryKey: [RESERVATIONS, 'ReservationsPage.state2', id, token], queryFn: async () => {
    const [reservation, who] = await Promise.all([reservations.get(id), me ? Promise.resolve(me) : fetchMe(token)])
    return reservation.buyer.id === who.organisation.id ? 'buyer' : 'seller'
  } })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  useEffect(() => {
    if (state.kind !== 'loaded') return
    const list = state.data === 'buyer' ? '/reservationer' : '/reservationer/inkommande'
    navigate(`${list}?id=${encodeURIComponent(id)}`, { replace: true })
  }, [state, id, navigate])
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <Loading />
}
