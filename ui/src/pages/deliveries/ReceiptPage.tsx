import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api'
import type { Delivery } from '../../api/deliveries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ActionError } from '../reservations/ActionError'
import { useActionKey, useReservationFormat } from '../reservations/format'
import { useDeliveryApi } from './useDeliveryApi'

/**
 * /kvitto/:token, where the QR code of a delivery note leads: the signed-in receiver (a user of the buyer
 * organisation) confirms receipt, which completes the delivery and hands the reservation over. A second
 * confirmation changes nothing; a code of another organisation's delivery is not found.
 */
export function ReceiptPage({ token }: { token: string }) {
  const { t } = useTranslation()
  const api = useDeliveryApi()
  const key = useActionKey()
  const format = useReservationFormat()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const [received, setReceived] = useState<Delivery>()

  async function confirm() {
    setBusy(true)
    setFailure(undefined)
    try {
      setReceived(await key.run({ token }, (k) => api.receipt(token, k)))
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  const notFound = failure instanceof ApiError && (failure.status === 404 || failure.status === 400)
  return (
    <section className="card" aria-labelledby="receipt-title" data-testid="receipt-page">
      <h1 id="receipt-title" className="card__title">
        {t('delivery.receipt.title')}
      </h1>
      {!received && (
        <>
          <p>{t('delivery.receipt.intro')}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void confirm()} data-testid="receipt-confirm">
            {busy ? t('common.saving') : t('delivery.receipt.confirm')}
          </button>
        </>
      )}
      {notFound && <ErrorMessage message={t('delivery.receipt.notFound')} />}
      {!notFound && <ActionError failure={failure} errors={{}} conflictKey="delivery.receipt.conflict" />}
      {received && (
        <div className="success" role="status" data-testid="receipt-done">
          <p>{t('delivery.receipt.done', { title: received.goods.title, quantity: format.quantity(received.goods.quantity, received.goods.unit) })}</p>
          {received.receivedAt && <p className="muted">{t('delivery.receivedValue', { at: format.dateTime(received.receivedAt), by: received.receivedBy })}</p>}
        </div>
      )}
    </section>
  )
}
