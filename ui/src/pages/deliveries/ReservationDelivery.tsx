import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reservation } from '../../api'
import type { Delivery } from '../../api/deliveries'
import { DeliveryCard } from './DeliveryCard'
import { DeliveryRequestForm } from './DeliveryRequestForm'
import { useDeliveryApi } from './useDeliveryApi'

const ENDED = ['DECLINED', 'CANCELLED']

/**
 * The delivery part of a reservation: its latest delivery with its status (and, for the parties, the steps they
 * may take), and for the buyer of a confirmed reservation with no delivery standing, "Begär leverans".
 */
export function ReservationDelivery({ reservation }: { reservation: Reservation }) {
  const { t } = useTranslation()
  const api = useDeliveryApi()
  const [asking, setAsking] = useState(false)
  const query = useQuery({
    queryKey: ['deliveries', 'reservation', reservation.id],
    queryFn: () => api.list({ reservationId: reservation.id, size: 5 }),
    enabled: reservation.status === 'CONFIRMED' || reservation.status === 'HANDED_OVER' || reservation.status === 'CANCELLED',
  })
  const latest: Delivery | undefined = query.data?.items[0]
  const standing = latest !== undefined && !ENDED.includes(latest.status)
  const mayAsk = reservation.status === 'CONFIRMED' && reservation.mayCancel && !standing && query.isSuccess

  return (
    <section className="reservation__delivery" data-testid="reservation-delivery">
      {latest && <DeliveryCard key={`${latest.id}-${latest.version}`} delivery={latest} level={4} onChanged={() => void query.refetch()} />}
      {mayAsk && !asking && (
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={() => setAsking(true)} data-testid="delivery-ask">
            {t('delivery.ask')}
          </button>
        </div>
      )}
      {mayAsk && asking && (
        <DeliveryRequestForm
          reservationId={reservation.id}
          onDone={() => {
            setAsking(false)
            void query.refetch()
          }}
        />
      )}
    </section>
  )
}
