import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { Delivery } from '../../api/deliveries'
import { applyProblem, chosen, FormField, optionalText, requiredText, zodResolver } from '../../forms'
import { ActionError, actionErrors } from '../reservations/ActionError'
import { fromLocalInput, toLocalInput, useActionKey } from '../reservations/format'
import { useDeliveryApi } from './useDeliveryApi'

/** The value of the carrier choice that lets the seller deliver. */
export const SELLER_DELIVERS = 'seller'

const schema = z
  .object({
    address: z.object({
      streetAddress: requiredText(200),
      postalCode: optionalText(20),
      city: requiredText(100),
    }),
    windowFrom: z.string().min(1, 'validation.required'),
    windowTo: z.string().min(1, 'validation.required'),
    contact: z.object({
      name: requiredText(200),
      phone: requiredText(40).refine((v) => v.trim() === '' || /^[+0-9][0-9 ()-]{4,39}$/.test(v.trim()), 'delivery.form.phoneInvalid'),
    }),
    carrier: chosen(),
    instructions: optionalText(1000),
  })
  .refine((v) => !v.windowFrom || !v.windowTo || v.windowTo > v.windowFrom, { path: ['windowTo'], message: 'delivery.form.toBeforeFrom' })

type Values = z.infer<typeof schema>

const FIELDS = ['address.streetAddress', 'address.postalCode', 'address.city', 'windowFrom', 'windowTo', 'contact.name', 'contact.phone', 'carrier', 'instructions'] as const

/**
 * "Begär leverans": the buyer of a confirmed reservation asks for delivery instead of pickup: where, when (a
 * window), whom to meet, and who carries it (a carrier organisation, or the seller). The position of the address
 * may be taken from the phone, for the distance of the climate figures.
 */
export function DeliveryRequestForm({ reservationId, onDone }: { reservationId: string; onDone: (delivery: Delivery) => void }) {
  const { t } = useTranslation()
  const api = useDeliveryApi()
  const key = useActionKey()
  const carriers = useQuery({ queryKey: ['deliveries', 'carriers'], queryFn: () => api.carriers(), staleTime: 5 * 60_000 })
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  const [position, setPosition] = useState<{ latitude: number; longitude: number }>()
  const tomorrow = new Date()
  tomorrow.setDate(tomorrow.getDate() + 1)
  tomorrow.setHours(8, 0, 0, 0)
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      address: { streetAddress: '', postalCode: '', city: '' },
      windowFrom: toLocalInput(tomorrow.toISOString()),
      windowTo: toLocalInput(tomorrow.toISOString(), 8 * 60),
      contact: { name: '', phone: '' },
      carrier: '',
      instructions: '',
    },
  })
  const { errors, isSubmitting: saving } = formState

  function locate() {
    navigator.geolocation?.getCurrentPosition((p) => setPosition({ latitude: p.coords.latitude, longitude: p.coords.longitude }))
  }

  const submit = handleSubmit(async (v) => {
    setFailure(undefined)
    const body = {
      reservationId,
      address: {
        streetAddress: v.address.streetAddress.trim(),
        postalCode: v.address.postalCode.trim() || undefined,
        city: v.address.city.trim(),
        latitude: position?.latitude,
        longitude: position?.longitude,
      },
      windowFrom: fromLocalInput(v.windowFrom) ?? '',
      windowTo: fromLocalInput(v.windowTo) ?? '',
      contact: { name: v.contact.name.trim(), phone: v.contact.phone.trim() },
      carrierOrganisationId: v.carrier === SELLER_DELIVERS ? undefined : v.carrier,
      sellerDelivers: v.carrier === SELLER_DELIVERS ? true : undefined,
      instructions: v.instructions.trim() || undefined,
    }
    try {
      onDone(await key.run(body, (k) => api.request(body, k)))
    } catch (error) {
      setRest(applyProblem(error, setError, FIELDS, { aliases: { carrierOrganisationId: 'carrier', sellerDelivers: 'carrier' } }))
      setFailure(error)
    }
  })

  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`delivery-${reservationId}-title`} data-testid="delivery-form">
      <h4 id={`delivery-${reservationId}-title`} className="section-title section-title--small">
        {t('delivery.form.title')}
      </h4>
      <p className="field__hint">{t('delivery.form.intro')}</p>
      <fieldset className="fieldset fieldset--plain">
        <FormField label={t('delivery.form.street')} error={errors.address?.streetAddress} required>
          <input className="input" autoComplete="street-address" {...register('address.streetAddress')} data-testid="delivery-street" />
        </FormField>
        <FormField label={t('delivery.form.postalCode')} error={errors.address?.postalCode}>
          <input className="input" autoComplete="postal-code" inputMode="numeric" {...register('address.postalCode')} data-testid="delivery-postal-code" />
        </FormField>
        <FormField label={t('delivery.form.city')} error={errors.address?.city} required>
          <input className="input" autoComplete="address-level2" {...register('address.city')} data-testid="delivery-city" />
        </FormField>
        <div>
          <button type="button" className="button button--secondary" onClick={locate} data-testid="delivery-locate">
            {t('delivery.form.locate')}
          </button>{' '}
          {position && (
            <span className="muted" data-testid="delivery-position">
              {t('delivery.form.located', { latitude: position.latitude.toFixed(4), longitude: position.longitude.toFixed(4) })}
            </span>
          )}
        </div>
        <FormField label={t('delivery.form.from')} error={errors.windowFrom} required>
          <input className="input" type="datetime-local" {...register('windowFrom')} data-testid="delivery-from" />
        </FormField>
        <FormField label={t('delivery.form.to')} error={errors.windowTo} required>
          <input className="input" type="datetime-local" {...register('windowTo')} data-testid="delivery-to" />
        </FormField>
        <FormField label={t('delivery.form.contactName')} error={errors.contact?.name} required>
          <input className="input" autoComplete="name" {...register('contact.name')} data-testid="delivery-contact-name" />
        </FormField>
        <FormField label={t('delivery.form.contactPhone')} error={errors.contact?.phone} required>
          <input className="input" type="tel" autoComplete="tel" {...register('contact.phone')} data-testid="delivery-contact-phone" />
        </FormField>
        <FormField label={t('delivery.form.carrier')} error={errors.carrier} required>
          <select className="input" {...register('carrier')} data-testid="delivery-carrier">
            <option value="">{t('delivery.form.chooseCarrier')}</option>
            <option value={SELLER_DELIVERS}>{t('delivery.form.sellerDelivers')}</option>
            {(carriers.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('delivery.form.instructions')} error={errors.instructions}>
          <textarea className="input" rows={2} {...register('instructions')} data-testid="delivery-instructions" />
        </FormField>
      </fieldset>
      <ActionError failure={failure} errors={actionErrors(failure, rest)} />
      <div>
        <button type="submit" className="button" disabled={saving} data-testid="delivery-submit">
          {saving ? t('common.saving') : t('delivery.form.submit')}
        </button>
      </div>
    </form>
  )
}
