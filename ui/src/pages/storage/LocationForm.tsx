import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { LOCATION_KINDS, type LocationRequest, type StorageLocation } from '../../api'
import { applyProblem, FormField, numberText, optionalText, parseNumber, zodResolver } from '../../forms'
import { useSession } from '../../session'
import { str, text } from '../inventory/forms'
import { FormError } from './shared'

/** LocationRequest's rules (storage/api/LocationRequest.java), on the form's text. */
const schema = z.object({
  code: z
    .string()
    .refine((v) => v.trim() !== '', 'validation.required')
    .refine((v) => v.trim() === '' || /^[A-Za-z0-9]{1,10}(-[A-Za-z0-9]{1,10}){0,4}$/.test(v.trim()), 'storage.locationForm.codeHint'),
  kind: z.enum(LOCATION_KINDS),
  description: optionalText(500),
  palletCapacity: numberText({ whole: true, min: 0, max: 100_000 }),
  floorCapacityM2: numberText({ min: 0 }),
})
type Values = z.infer<typeof schema>
const FIELDS = ['code', 'kind', 'description', 'palletCapacity', 'floorCapacityM2'] as const

/** Create a location at a site (siteId) or edit one (location). */
export function LocationForm({
  siteId,
  location,
  onSaved,
  onCancel,
}: {
  siteId: string
  location?: StorageLocation
  onSaved: (saved: StorageLocation) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { storage } = useSession()
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      code: str(location?.code),
      kind: location?.kind ?? 'RACK',
      description: str(location?.description),
      palletCapacity: str(location?.palletCapacity),
      floorCapacityM2: str(location?.floorCapacityM2),
    },
  })
  const { errors, isSubmitting: saving } = formState
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()

  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    const body: LocationRequest = {
      code: values.code.trim().toUpperCase(),
      kind: values.kind,
      description: text(values.description),
      palletCapacity: parseNumber(values.palletCapacity),
      floorCapacityM2: parseNumber(values.floorCapacityM2),
    }
    try {
      const saved = location ? await storage.updateLocation(location.id, body) : await storage.createLocation(siteId, body)
      onSaved(saved)
    } catch (error) {
      setRest(applyProblem(error, setError, FIELDS, { texts: { code: { Pattern: 'storage.locationForm.codeHint' } } }))
      setFailure(error)
    }
  })

  const titleId = location ? 'location-edit-title' : 'location-new-title'
  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId} data-testid="location-form">
      <h2 id={titleId} className="section-title section-title--small">
        {location ? t('storage.locationForm.editTitle') : t('storage.locationForm.newTitle')}
      </h2>
      <fieldset className="fieldset fieldset--plain">
        <div className="grid">
          <FormField label={t('storage.locationForm.code')} error={errors.code} hint={t('storage.locationForm.codeHint')} required>
            <input className="input input--code" autoComplete="off" autoCapitalize="characters" {...register('code')} data-testid="location-code" />
          </FormField>
          <FormField label={t('storage.locationForm.kind')} error={errors.kind} required>
            <select className="input" {...register('kind')} data-testid="location-kind">
              {LOCATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`locationKind.${k}`)}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <FormField label={t('storage.locationForm.description')} error={errors.description}>
          <input className="input" {...register('description')} data-testid="location-description" />
        </FormField>
        <div className="grid">
          <FormField label={t('storage.locationForm.palletCapacity')} error={errors.palletCapacity}>
            <input className="input" type="number" inputMode="numeric" min={0} step={1} {...register('palletCapacity')} data-testid="location-pallet-capacity" />
          </FormField>
          <FormField label={t('storage.locationForm.floorCapacityM2')} error={errors.floorCapacityM2}>
            <input className="input" type="text" inputMode="decimal" {...register('floorCapacityM2')} data-testid="location-floor-capacity" />
          </FormField>
        </div>
      </fieldset>
      <FormError failure={failure} errors={failure === undefined ? {} : rest === undefined ? { marked: '' } : { _: rest }} />
      <div className="actions">
        <button type="submit" className="button" disabled={saving} data-testid="location-save">
          {saving ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} data-testid="location-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
