import { useState, type InputHTMLAttributes } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { Delivery } from '../../api/deliveries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { applyProblem, FormField, numberText, parseNumber, requiredText, zodResolver } from '../../forms'
import { PdfButton } from '../storage/shared'
import { ActionError } from '../reservations/ActionError'
import { fromLocalInput, toLocalInput, useActionKey, useReservationFormat } from '../reservations/format'
import { useDeliveryApi } from './useDeliveryApi'

/**
 * One delivery: what goes from where to where, when, whom to meet, its status, the note, and the steps the reader
 * may take now (the server's `may` decides which buttons show): accept or decline (with a reason), plan (a time),
 * set out, deliver (with the driven km), or for the buyer take the request back.
 */
export function DeliveryCard({ delivery, onChanged, level = 2 }: { delivery: Delivery; onChanged?: (d: Delivery) => void; level?: 2 | 4 }) {
  const { t } = useTranslation()
  const api = useDeliveryApi()
  const format = useReservationFormat()
  const key = useActionKey()
  const [d, setD] = useState(delivery)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const [declining, setDeclining] = useState(false)
  const may = d.may

  /** Takes a step; a form's field errors from the server go onto its fields, the rest under the card. */
  async function step(action: string, call: (k: string) => Promise<Delivery>, form?: FormErrors) {
    setBusy(true)
    setFailure(undefined)
    try {
      const updated = await key.run({ action, id: d.id }, call)
      setD(updated)
      setDeclining(false)
      onChanged?.(updated)
    } catch (error) {
      if (form) form(error)
      else setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  const Heading = level === 2 ? 'h2' : 'h4'
  const a = d.address
  return (
    <article className="panel delivery" data-testid="delivery-card" data-status={d.status} data-id={d.id} aria-labelledby={`delivery-${d.id}-title`}>
      <div className="reservation__head">
        <Heading id={`delivery-${d.id}-title`} className="reservation__title">
          {d.goods.title}
        </Heading>
        <span className={`badge badge--status badge--${d.status.toLowerCase()}`} data-testid="delivery-status">
          {t(`delivery.status.${d.status}`, { defaultValue: d.status })}
        </span>
      </div>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('delivery.quantity')}</dt>
          <dd>
            {format.quantity(d.goods.quantity, d.goods.unit)}
            {d.goods.massKg != null && ` · ${t('delivery.mass', { kg: d.goods.massKg })}`}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('delivery.from')}</dt>
          <dd>
            {d.seller?.name}
            {d.source.address && `, ${d.source.address}`}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('delivery.to')}</dt>
          <dd data-testid="delivery-address">
            {d.buyer?.name}, {a.streetAddress}, {[a.postalCode, a.city].filter(Boolean).join(' ')}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('delivery.window')}</dt>
          <dd>{t('delivery.windowValue', { from: format.dateTime(d.windowFrom), to: format.dateTime(d.windowTo) })}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('delivery.contact')}</dt>
          <dd>
            {d.contact.name}, <a href={`tel:${d.contact.phone}`}>{d.contact.phone}</a>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('delivery.carrier')}</dt>
          <dd data-testid="delivery-carrier-name">{d.sellerDelivers ? t('delivery.sellerDelivers', { seller: d.carrier?.name }) : d.carrier?.name}</dd>
        </div>
        {d.plannedAt && (
          <div className="facts__row">
            <dt>{t('delivery.plannedAt')}</dt>
            <dd data-testid="delivery-planned">{format.dateTime(d.plannedAt)}</dd>
          </div>
        )}
        {(d.drivenKm ?? d.distanceKm) != null && (
          <div className="facts__row">
            <dt>{t('delivery.distance')}</dt>
            <dd>{d.drivenKm != null ? t('delivery.driven', { km: d.drivenKm }) : t('delivery.estimated', { km: d.distanceKm })}</dd>
          </div>
        )}
        {d.declineReason && (
          <div className="facts__row">
            <dt>{t('delivery.declineReason')}</dt>
            <dd>{d.declineReason}</dd>
          </div>
        )}
        {d.receivedAt && (
          <div className="facts__row">
            <dt>{t('delivery.received')}</dt>
            <dd data-testid="delivery-received">{t('delivery.receivedValue', { at: format.dateTime(d.receivedAt), by: d.receivedBy })}</dd>
          </div>
        )}
      </dl>
      {d.instructions && <p className="notes">{d.instructions}</p>}

      <div className="actions">
        {may.accept && (
          <button type="button" className="button" disabled={busy} onClick={() => void step('accept', (k) => api.accept(d.id, k))} data-testid="delivery-accept">
            {t('delivery.accept')}
          </button>
        )}
        {may.decline && !declining && (
          <button type="button" className="button button--danger" disabled={busy} onClick={() => setDeclining(true)} data-testid="delivery-decline">
            {t('delivery.decline')}
          </button>
        )}
        {may.depart && (
          <button type="button" className="button" disabled={busy} onClick={() => void step('depart', (k) => api.depart(d.id, k))} data-testid="delivery-depart">
            {t('delivery.depart')}
          </button>
        )}
        {may.cancel && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void step('cancel', (k) => api.cancel(d.id, k))} data-testid="delivery-cancel">
            {t('delivery.cancel')}
          </button>
        )}
        {d.status !== 'DECLINED' && d.status !== 'CANCELLED' && (
          <PdfButton label={t('delivery.note')} filename="foljesedel.pdf" load={() => api.note(d.id)} testId="delivery-note" />
        )}
      </div>

      {declining && (
        <StepForm
          field="reason"
          initial=""
          schema={reasonText}
          label={t('delivery.declineReason')}
          required
          input={{ testId: 'delivery-decline-reason' }}
          submitLabel={t('delivery.declineSubmit')}
          danger
          testId="delivery-decline-form"
          submitTestId="delivery-decline-submit"
          busy={busy}
          onSubmit={(reason, form) => step('decline', (k) => api.decline(d.id, reason.trim(), k), form)}
        />
      )}
      {may.plan && (
        <StepForm
          field="plannedAt"
          initial={toLocalInput(d.plannedAt ?? d.windowFrom)}
          schema={timeText}
          label={t('delivery.plannedAt')}
          required
          input={{ type: 'datetime-local', testId: 'delivery-planned-at' }}
          submitLabel={d.status === 'PLANNED' ? t('delivery.replan') : t('delivery.plan')}
          inline
          testId="delivery-plan-form"
          submitTestId="delivery-plan"
          busy={busy}
          onSubmit={(at, form) => step('plan', (k) => api.plan(d.id, fromLocalInput(at)!, k), form)}
        />
      )}
      {may.deliver && (
        <StepForm
          field="drivenKm"
          initial=""
          schema={kmText}
          label={t('delivery.drivenKm')}
          input={{ inputMode: 'decimal', testId: 'delivery-driven-km' }}
          submitLabel={t('delivery.deliver')}
          inline
          testId="delivery-deliver-form"
          submitTestId="delivery-deliver"
          busy={busy}
          onSubmit={(km, form) => step('deliver', (k) => api.deliver(d.id, parseNumber(km), k), form)}
        />
      )}
      <ActionError failure={failure} errors={{}} conflictKey="delivery.conflict" />
    </article>
  )
}

/** Puts a failed step's problem on the form: field errors on their fields, the rest in the form's error box. */
type FormErrors = (error: unknown) => void

interface StepFormProps {
  /** The request's one field, as the server names it in its field errors. */
  field: string
  initial: string
  schema: z.ZodType<string, string>
  label: string
  required?: boolean
  input: Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode'> & { testId: string }
  submitLabel: string
  danger?: boolean
  inline?: boolean
  /** The form's test id; its button's is `submitTestId`. */
  testId: string
  submitTestId: string
  busy: boolean
  /** Sends the step with the field's text; its problem goes back through `form`. */
  onSubmit: (value: string, form: FormErrors) => Promise<void>
}

/** A step that takes one value (the reason to decline, the planned time, the km driven), checked before it is sent. */
function StepForm(props: StepFormProps) {
  const schema = z.object({ text: props.schema })
  const { register, handleSubmit, setError, formState } = useForm<{ text: string }>({
    resolver: zodResolver(schema),
    defaultValues: { text: props.initial },
  })
  const [failure, setFailure] = useState<string>()
  const submit = handleSubmit(async ({ text }) => {
    setFailure(undefined)
    await props.onSubmit(text, (error) => setFailure(applyProblem(error, setError, ['text'], { aliases: { [props.field]: 'text' } })))
  })
  return (
    <form className={props.inline ? 'form form--inline' : 'form'} onSubmit={(e) => void submit(e)} noValidate data-testid={props.testId}>
      <FormField label={props.label} error={formState.errors.text} required={props.required}>
        <input className="input" type={props.input.type} inputMode={props.input.inputMode} {...register('text')} data-testid={props.input.testId} />
      </FormField>
      {failure && <ErrorMessage message={failure} />}
      <button type="submit" className={props.danger ? 'button button--danger' : 'button'} disabled={props.busy} data-testid={props.submitTestId}>
        {props.submitLabel}
      </button>
    </form>
  )
}

const reasonText = requiredText(1000)
const timeText = z.string().refine((v) => fromLocalInput(v) !== null, 'validation.required')
// DeliveredRequest: @DecimalMin("0") @DecimalMax("10000"); the server says it when there is more than one decimal.
const kmText = numberText({ min: 0, max: 10000 })
