import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useFieldArray, useForm, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { z } from 'zod'
import { loadable } from '../../api'
import { PICKUP, pickupKeys, SLOT_CAPACITY, SLOT_MINUTES, type PickupHours } from '../../api/pickup'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, useErrorText } from '../../components/LoadError'
import { applyProblem, FieldMessage, FormField, message, numberText, optionalText, parseNumber, zodResolver } from '../../forms'
import { usePickupApi, usePickupFormat } from './shared'

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const
/** The server's limits on the lists (PickupHours' @Size). */
const MAX_PERIODS = 28
const MAX_CLOSED_DAYS = 400

/** "07:00:00" or "07:00" as an <input type="time"> holds it. */
const hhmm = (time: string) => time.slice(0, 5)

/**
 * The hours form, with the rules of the server (PickupHours' Bean Validation and PickupHoursService.check): slot
 * length 10–240 minutes, 1–100 pickups a slot, each period closing after it opens, no two periods of a weekday
 * overlapping, each closed day once.
 */
export const hoursSchema = z
  .object({
    slotMinutes: numberText({ required: true, whole: true, min: SLOT_MINUTES.min, max: SLOT_MINUTES.max }),
    capacity: numberText({ required: true, whole: true, min: SLOT_CAPACITY.min, max: SLOT_CAPACITY.max }),
    opening: z
      .array(z.object({ weekday: z.string(), opens: z.string().min(1, 'validation.required'), closes: z.string().min(1, 'validation.required') }))
      .max(MAX_PERIODS, message('fieldError.TooMany', { max: MAX_PERIODS })),
    closedDays: z
      .array(z.object({ day: z.string().min(1, 'validation.required'), reason: optionalText(200) }))
      .max(MAX_CLOSED_DAYS, message('fieldError.TooMany', { max: MAX_CLOSED_DAYS })),
  })
  .superRefine((v, context) => {
    v.opening.forEach((p, i) => {
      if (!p.opens || !p.closes) return
      if (hhmm(p.closes) <= hhmm(p.opens)) {
        context.addIssue({ code: 'custom', path: ['opening', i, 'closes'], message: 'pickup.hours.closesAfterOpens' })
        return
      }
      const overlapped = v.opening.findIndex(
        (q, j) => j < i && q.weekday === p.weekday && q.opens && q.closes && hhmm(q.closes) > hhmm(q.opens) && hhmm(p.opens) < hhmm(q.closes) && hhmm(q.opens) < hhmm(p.closes),
      )
      if (overlapped >= 0) {
        const q = v.opening[overlapped]
        context.addIssue({ code: 'custom', path: ['opening', i, 'opens'], message: message('pickup.hours.overlaps', { other: `${hhmm(q.opens)}–${hhmm(q.closes)}` }) })
      }
    })
    const seen = new Set<string>()
    v.closedDays.forEach((c, i) => {
      if (!c.day) return
      if (seen.has(c.day)) context.addIssue({ code: 'custom', path: ['closedDays', i, 'day'], message: 'pickup.hours.duplicateDay' })
      seen.add(c.day)
    })
  })
export type HoursValues = z.infer<typeof hoursSchema>

/** A new store's first proposal: weekdays 08–16, 30-minute slots of four pickups. */
const FIRST_HOURS: HoursValues = {
  slotMinutes: '30',
  capacity: '4',
  opening: ['1', '2', '3', '4', '5'].map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' })),
  closedDays: [],
}

function toValues(hours: PickupHours): HoursValues {
  return {
    slotMinutes: String(hours.slotMinutes),
    capacity: String(hours.capacity),
    opening: hours.opening.map((p) => ({ weekday: String(p.weekday), opens: hhmm(p.opens), closes: hhmm(p.closes) })),
    closedDays: hours.closedDays.map((c) => ({ day: c.day, reason: c.reason ?? '' })),
  }
}

function toRequest(v: HoursValues): PickupHours {
  return {
    slotMinutes: parseNumber(v.slotMinutes) as number,
    capacity: parseNumber(v.capacity) as number,
    opening: v.opening.map((p) => ({ weekday: Number(p.weekday), opens: p.opens, closes: p.closes })),
    closedDays: v.closedDays.map((c) => ({ day: c.day, reason: c.reason.trim() || undefined })),
  }
}

/**
 * The storage site page's pickup hours (its operators): what buyers may book, and the form to change it. Saving
 * replaces the hours; pickups already booked stay booked.
 */
export function PickupHoursSection({ siteId }: { siteId: string }) {
  const { t } = useTranslation()
  const api = usePickupApi()
  const hoursQuery = useQuery({ queryKey: pickupKeys.hours(siteId), queryFn: () => api.hours(siteId) })
  const hours = loadable(hoursQuery)
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)

  return (
    <section className="card card--wide" aria-labelledby="pickup-hours-title" data-testid="pickup-hours">
      <div className="titlebar">
        <h2 id="pickup-hours-title" className="section-title">
          {t('pickup.hours.title')}
        </h2>
        <Link to={`/lager/${siteId}/dag`} className="button button--secondary" data-testid="pickup-day-link">
          {t('pickup.day.open')}
        </Link>
      </div>
      {hours.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {hours.kind === 'failed' && <LoadError error={hours.error} onRetry={() => void hoursQuery.refetch()} />}
      {saved && !editing && (
        <p className="success" role="status" data-testid="pickup-hours-saved">
          {t('pickup.hours.saved')}
        </p>
      )}
      {hours.kind === 'loaded' && !editing && (
        <>
          {hours.data ? <HoursSummary hours={hours.data} /> : <p data-testid="pickup-hours-none">{t('pickup.hours.none')}</p>}
          <div className="actions">
            <button type="button" className="button" onClick={() => { setSaved(false); setEditing(true) }} data-testid="pickup-hours-edit">
              {hours.data ? t('pickup.hours.edit') : t('pickup.hours.publish')}
            </button>
          </div>
        </>
      )}
      {hours.kind === 'loaded' && editing && (
        <HoursForm
          siteId={siteId}
          initial={hours.data ? toValues(hours.data) : FIRST_HOURS}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false)
            setSaved(true)
          }}
        />
      )}
    </section>
  )
}

function HoursSummary({ hours }: { hours: PickupHours }) {
  const { t } = useTranslation()
  const format = usePickupFormat()
  const byDay = WEEKDAYS.map((d) => ({
    weekday: d,
    periods: hours.opening.filter((p) => String(p.weekday) === d).map((p) => `${hhmm(p.opens)}–${hhmm(p.closes)}`),
  }))
  return (
    <>
      <p data-testid="pickup-hours-slots">{t('pickup.hours.slotSummary', { minutes: hours.slotMinutes, count: hours.capacity })}</p>
      <dl className="facts" data-testid="pickup-hours-week">
        {byDay.map(({ weekday, periods }) => (
          <div key={weekday} className="facts__row">
            <dt>{t(`pickup.weekday.${weekday}`)}</dt>
            <dd>{periods.length > 0 ? periods.join(', ') : t('pickup.hours.closed')}</dd>
          </div>
        ))}
      </dl>
      {hours.closedDays.length > 0 && (
        <>
          <h3 className="section-title section-title--small">{t('pickup.hours.closedDays')}</h3>
          <ul className="plain-list" data-testid="pickup-hours-closed">
            {hours.closedDays.map((c) => (
              <li key={c.day}>
                {format.day(c.day)}
                {c.reason ? ` – ${c.reason}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}

export function HoursForm({ siteId, initial, onCancel, onSaved }: { siteId: string; initial: HoursValues; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const api = usePickupApi()
  const queryClient = useQueryClient()
  const errorText = useErrorText()
  const { control, register, handleSubmit, setError, formState } = useForm<HoursValues>({
    resolver: zodResolver(hoursSchema),
    defaultValues: initial,
  })
  const opening = useFieldArray({ control, name: 'opening' })
  const closedDays = useFieldArray({ control, name: 'closedDays' })
  const { errors } = formState
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  const save = useMutation({
    mutationFn: (body: PickupHours) => api.saveHours(siteId, body),
    onSuccess: async (hours) => {
      queryClient.setQueryData(pickupKeys.hours(siteId), hours)
      await queryClient.invalidateQueries({ queryKey: [PICKUP] })
      onSaved()
    },
  })

  const submit = handleSubmit(async (v) => {
    setFailure(undefined)
    try {
      await save.mutateAsync(toRequest(v))
    } catch (error) {
      // Every field of the form, in its order, so the first the server refused gets the focus.
      const fields = [
        'slotMinutes',
        'capacity',
        ...v.opening.flatMap((_, i) => [`opening.${i}.weekday`, `opening.${i}.opens`, `opening.${i}.closes`]),
        'opening',
        ...v.closedDays.flatMap((_, i) => [`closedDays.${i}.day`, `closedDays.${i}.reason`]),
        'closedDays',
      ] as Path<HoursValues>[]
      const labels: Record<string, string> = { opens: t('pickup.hours.opens'), closes: t('pickup.hours.closes') }
      v.opening.forEach((p, i) => (labels[`opening[${i}]`] = `${t(`pickup.weekday.${p.weekday}`)} ${p.opens}–${p.closes}`))
      setRest(applyProblem(error, setError, fields, { labels }))
      setFailure(error)
    }
  })

  const addPeriod = () => {
    const last = opening.fields[opening.fields.length - 1]
    const weekday = last ? String((Number(last.weekday) % 7) + 1) : '1'
    opening.append({ weekday, opens: last?.opens ?? '08:00', closes: last?.closes ?? '16:00' })
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="pickup-hours-title" data-testid="pickup-hours-form">
      <fieldset className="fieldset fieldset--plain">
        <FormField label={t('pickup.hours.slotMinutes')} hint={t('pickup.hours.slotMinutesHint')} error={errors.slotMinutes} required>
          <input className="input input--short" type="text" inputMode="numeric" {...register('slotMinutes')} data-testid="pickup-hours-minutes" />
        </FormField>
        <FormField label={t('pickup.hours.capacity')} hint={t('pickup.hours.capacityHint')} error={errors.capacity} required>
          <input className="input input--short" type="text" inputMode="numeric" {...register('capacity')} data-testid="pickup-hours-capacity" />
        </FormField>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('pickup.hours.opening')}</legend>
        <p className="field__hint">{t('pickup.hours.openingHint')}</p>
        {opening.fields.length === 0 && <p data-testid="pickup-hours-no-periods">{t('pickup.hours.noPeriods')}</p>}
        <ul className="hours-rows">
          {opening.fields.map((field, i) => (
            <li key={field.id} className="hours-row" data-testid="pickup-period">
              <FormField label={t('pickup.hours.weekday')} error={errors.opening?.[i]?.weekday}>
                <select className="input" {...register(`opening.${i}.weekday`)} data-testid="pickup-period-weekday">
                  {WEEKDAYS.map((d) => (
                    <option key={d} value={d}>
                      {t(`pickup.weekday.${d}`)}
                    </option>
                  ))}
                </select>
              </FormField>
              <FormField label={t('pickup.hours.opens')} error={errors.opening?.[i]?.opens}>
                <input className="input" type="time" {...register(`opening.${i}.opens`)} data-testid="pickup-period-opens" />
              </FormField>
              <FormField label={t('pickup.hours.closes')} error={errors.opening?.[i]?.closes}>
                <input className="input" type="time" {...register(`opening.${i}.closes`)} data-testid="pickup-period-closes" />
              </FormField>
              <button type="button" className="button button--secondary hours-row__remove" onClick={() => opening.remove(i)} data-testid="pickup-period-remove">
                {t('pickup.hours.remove')}
              </button>
            </li>
          ))}
        </ul>
        {(errors.opening?.root?.message ?? errors.opening?.message) && <FieldMessage message={(errors.opening?.root?.message ?? errors.opening?.message) as string} />}
        <button type="button" className="button button--secondary" onClick={addPeriod} disabled={opening.fields.length >= MAX_PERIODS} data-testid="pickup-period-add">
          {t('pickup.hours.addPeriod')}
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('pickup.hours.closedDays')}</legend>
        <p className="field__hint">{t('pickup.hours.closedDaysHint')}</p>
        <ul className="hours-rows">
          {closedDays.fields.map((field, i) => (
            <li key={field.id} className="hours-row" data-testid="pickup-closed-day">
              <FormField label={t('pickup.hours.closedDay')} error={errors.closedDays?.[i]?.day}>
                <input className="input" type="date" {...register(`closedDays.${i}.day`)} data-testid="pickup-closed-day-date" />
              </FormField>
              <FormField label={t('pickup.hours.reason')} error={errors.closedDays?.[i]?.reason}>
                <input className="input" {...register(`closedDays.${i}.reason`)} data-testid="pickup-closed-day-reason" />
              </FormField>
              <button type="button" className="button button--secondary hours-row__remove" onClick={() => closedDays.remove(i)} data-testid="pickup-closed-day-remove">
                {t('pickup.hours.remove')}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button button--secondary" onClick={() => closedDays.append({ day: '', reason: '' })} disabled={closedDays.fields.length >= MAX_CLOSED_DAYS} data-testid="pickup-closed-day-add">
          {t('pickup.hours.addClosedDay')}
        </button>
      </fieldset>

      {failure !== undefined && (
        <ErrorMessage {...errorText(failure, 'errors.save')} message={rest === undefined ? t('common.fixFields') : errorText(failure, 'errors.save').message} detail={rest} />
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending} data-testid="pickup-hours-save">
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} data-testid="pickup-hours-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
