import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { loadable } from '../../api'
import { DELIVERY_STATUSES, type DeliveryRole, type DeliveryStatus } from '../../api/deliveries'
import { EmptyState } from '../../components/EmptyState'
import { LoadError, Loading } from '../../components/LoadError'
import { DeliveryCard } from './DeliveryCard'
import { useDeliveryApi } from './useDeliveryApi'

const ROLES: (DeliveryRole | 'all')[] = ['all', 'carrier', 'seller', 'buyer']

/**
 * /leveranser: the carrier's board. The deliveries the user's organisation is party to (as carrier, or as the
 * seller that delivers, or as buyer), by status, newest first, each with the steps the reader may take and its
 * delivery note; one side only at a switch. Delivery notifications lead here.
 */
export function CarrierBoardPage() {
  const { t } = useTranslation()
  const api = useDeliveryApi()
  const [role, setRole] = useState<DeliveryRole | 'all'>('all')
  const [status, setStatus] = useState<DeliveryStatus | ''>('')
  const query = useQuery({
    queryKey: ['deliveries', 'board', role, status],
    queryFn: () => api.list({ role: role === 'all' ? undefined : role, status: status || undefined, size: 50 }),
  })
  const state = loadable(query)

  return (
    <section className="card" aria-labelledby="delivery-board-title" data-testid="delivery-board-page">
      <h1 id="delivery-board-title" className="card__title">
        {t('delivery.board.title')}
      </h1>
      <p className="muted">{t('delivery.board.intro')}</p>
      <div className="filters">
        <label className="field">
          <span className="field__label">{t('delivery.board.role')}</span>
          <select className="input" value={role} onChange={(e) => setRole(e.target.value as DeliveryRole | 'all')} data-testid="delivery-board-role">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`delivery.board.roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('delivery.board.status')}</span>
          <select className="input" value={status} onChange={(e) => setStatus(e.target.value as DeliveryStatus | '')} data-testid="delivery-board-status">
            <option value="">{t('delivery.board.allStatuses')}</option>
            {DELIVERY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`delivery.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={() => void query.refetch()} />}
      {state.kind === 'loaded' && state.data.items.length === 0 && <EmptyState message={t('delivery.board.empty')} testId="delivery-board-empty" />}
      {state.kind === 'loaded' && (
        <ul className="list-plain" data-testid="delivery-board">
          {state.data.items.map((d) => (
            <li key={`${d.id}-${d.version}`}>
              <DeliveryCard delivery={d} onChanged={() => void query.refetch()} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
