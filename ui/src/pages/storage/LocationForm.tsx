import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LOCATION_KINDS, type LocationKind, type LocationRequest, type StorageLocation } from '../../api'
import { Field } from '../../components/Field'
import { useSession } from '../../session'
import { num, str, text } from '../inventory/forms'
import { FormError, storageFieldErrors } from './shared'

const PATHS = ['code', 'kind', 'description', 'palletCapacity', 'floorCapacityM2']

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
  const [code, setCode] = useState(str(location?.code))
  const [kind, setKind] = useState<LocationKind>(location?.kind ?? 'RACK')
  const [description, setDescription] = useState(str(location?.description))
  const [pallets, setPallets] = useState(str(location?.palletCapacity))
  const [area, setArea] = useState(str(location?.floorCapacityM2))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>()
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setErrors({})
    setFailure(undefined)
    const body: LocationRequest = {
      code: code.trim().toUpperCase(),
      kind,
      description: text(description),
      palletCapacity: num(pallets),
      floorCapacityM2: num(area),
    }
    try {
      const saved = location ? await storage.updateLocation(location.id, body) : await storage.createLocation(siteId, body)
      setSaving(false)
      onSaved(saved)
    } catch (error) {
      setErrors(storageFieldErrors(error, PATHS))
      setFailure(error)
      setSaving(false)
    }
  }

  const titleId = location ? 'location-edit-title' : 'location-new-title'
  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId} data-testid="location-form">
      <h2 id={titleId} className="section-title section-title--small">
        {location ? t('storage.locationForm.editTitle') : t('storage.locationForm.newTitle')}
      </h2>
      <fieldset className="fieldset fieldset--plain" disabled={saving}>
        <div className="grid">
          <Field label={t('storage.locationForm.code')} error={errors.code} hint={t('storage.locationForm.codeHint')} required>
            <input
              className="input input--code"
              value={code}
              autoComplete="off"
              autoCapitalize="characters"
              onChange={(e) => setCode(e.target.value)}
              data-testid="location-code"
            />
          </Field>
          <Field label={t('storage.locationForm.kind')} error={errors.kind} required>
            <select className="input" value={kind} onChange={(e) => setKind(e.target.value as LocationKind)} data-testid="location-kind">
              {LOCATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`locationKind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t('storage.locationForm.description')} error={errors.description}>
          <input className="input" value={description} onChange={(e) => setDescription(e.target.value)} data-testid="location-description" />
        </Field>
        <div className="grid">
          <Field label={t('storage.locationForm.palletCapacity')} error={errors.palletCapacity}>
            <input
              className="input"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={pallets}
              onChange={(e) => setPallets(e.target.value)}
              data-testid="location-pallet-capacity"
            />
          </Field>
          <Field label={t('storage.locationForm.floorCapacityM2')} error={errors.floorCapacityM2}>
            <input className="input" type="text" inputMode="decimal" value={area} onChange={(e) => setArea(e.target.value)} data-testid="location-floor-capacity" />
          </Field>
        </div>
      </fieldset>
      <FormError failure={failure} errors={errors} />
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
