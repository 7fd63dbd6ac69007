import { useState } from 'react'
import { useForm, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form'
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

      {declining && <DeclineForm busy={busy} onSubmit={(reason, form) => step('decline', (k) => api.decline(d.id, reason, k), form)} />}
      {may.plan && (
        <PlanForm
          busy={busy}
          initial={toLocalInput(d.plannedAt ?? d.windowFrom)}
          replan={d.status === 'PLANNED'}
          onSubmit={(at, form) => step('plan', (k) => api.plan(d.id, at, k), form)}
        />
      )}
      {may.deliver && <DeliverForm busy={busy} onSubmit={(km, form) => step('deliver', (k) => api.deliver(d.id, km, k), form)} />}
      <ActionError failure={failure} errors={{}} conflictKey="delivery.conflict" />
    </article>
  )
}

/** Puts a failed step's problem on the form: field errors on their fields, the rest in the form's error box. */
type FormErrors = (error: unknown) => void

function useStepForm<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const [failure, setFailure] = useState<string>()
  const onError: FormErrors = (error) => setFailure(applyProblem(error, setError, fields))
  return { failure, clear: () => setFailure(undefined), onError }
}

const declineSchema = z.object({ reason: requiredText(1000) })

function DeclineForm({ busy, onSubmit }: { busy: boolean; onSubmit: (reason: string, form: FormErrors) => Promise<void> }) {
  const { t } = useTranslation()
  const { register, handleSubmit, setError, formState } = useForm({ resolver: zodResolver(declineSchema), defaultValues: { reason: '' } })
  const form = useStepForm(setError, ['reason'])
  const submit = handleSubmit(async ({ reason }) => {
    form.clear()
    await onSubmit(reason.trim(), form.onError)
  })
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="delivery-decline-form">
      <FormField label={t('delivery.declineReason')} error={formState.errors.reason} required>
        <input className="input" {...register('reason')} data-testid="delivery-decline-reason" />
      </FormField>
      {form.failure && <ErrorMessage message={form.failure} />}
      <button type="submit" className="button button--danger" disabled={busy} data-testid="delivery-decline-submit">
        {t('delivery.declineSubmit')}
      </button>
    </form>
  )
}

const planSchema = z.object({ plannedAt: z.string().refine((v) => fromLocalInput(v) !== null, 'validation.required') })

function PlanForm(props: { busy: boolean; initial: string; replan: boolean; onSubmit: (at: string, form: FormErrors) => Promise<void> }) {
  const { t } = useTranslation()
  const { register, handleSubmit, setError, formState } = useForm({ resolver: zodResolver(planSchema), defaultValues: { plannedAt: props.initial } })
  const form = useStepForm(setError, ['plannedAt'])
  const submit = handleSubmit(async ({ plannedAt }) => {
    const at = fromLocalInput(plannedAt)
    if (!at) return
    form.clear()
    await props.onSubmit(at, form.onError)
  })
  return (
    <form className="form form--inline" onSubmit={(e) => void submit(e)} noValidate data-testid="delivery-plan-form">
      <FormField label={t('delivery.plannedAt')} error={formState.errors.plannedAt} required>
        <input className="input" type="datetime-local" {...register('plannedAt')} data-testid="delivery-planned-at" />
      </FormField>
      {form.failure && <ErrorMessage message={form.failure} />}
      <button type="submit" className="button" disabled={props.busy} data-testid="delivery-plan">
        {props.replan ? t('delivery.replan') : t('delivery.plan')}
      </button>
    </form>
  )
}

// DeliveredRequest: @DecimalMin("0") @DecimalMax("10000"), one decimal.
const deliverSchema = z.object({ drivenKm: numberText({ min: 0, max: 10000 }) })

function DeliverForm({ busy, onSubmit }: { busy: boolean; onSubmit: (km: number | null, form: FormErrors) => Promise<void> }) {
  const { t } = useTranslation()
  const { register, handleSubmit, setError, formState } = useForm({ resolver: zodResolver(deliverSchema), defaultValues: { drivenKm: '' } })
  const form = useStepForm(setError, ['drivenKm'])
  const submit = handleSubmit(async ({ drivenKm }) => {
    form.clear()
    const km = parseNumber(drivenKm)
    await onSubmit(km === null ? null : Math.round(km * 10) / 10, form.onError)
  })
  return (
    <form className="form form--inline" onSubmit={(e) => void submit(e)} noValidate data-testid="delivery-deliver-form">
      <FormField label={t('delivery.drivenKm')} error={formState.errors.drivenKm}>
        <input className="input" inputMode="decimal" {...register('drivenKm')} data-testid="delivery-driven-km" />
      </FormField>
      {form.failure && <ErrorMessage message={form.failure} />}
      <button type="submit" className="button" disabled={busy} data-testid="delivery-deliver">
        {t('delivery.deliver')}
      </button>
    </form>
  )
}
