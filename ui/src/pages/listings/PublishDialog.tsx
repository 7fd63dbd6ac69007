import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PRICE_KINDS, VISIBILITIES, type Item, type Listing, type PriceKind, type PublishRequest, type Unit, type Visibility } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { useNavigate } from 'react-router'
import { useSession } from '../../session'
import { fieldErrorsOf, num, str, text } from '../inventory/forms'
import { formatQuantity } from '../inventory/names'
import { useListingErrorText } from './errors'

const PATHS = ['quantity', 'price.kind', 'price.sek', 'visibility', 'publicFrom', 'status', 'title', 'pickupInstructions', 'expiresOn']

/**
 * "Publicera": turns an inventory item into a listing (the server copies its data and photos). A modal
 * <dialog>, so focus stays inside it and Escape closes it; on success the new listing opens.
 */
export function PublishDialog({ item, onClose }: { item: Item; onClose: () => void }) {
  const { listings } = useSession()
  return (
    <PublishSourceDialog
      name={item.name}
      unit={item.unit}
      quantity={item.quantity}
      publish={(body) => listings.publishItem(item.id, body)}
      onClose={onClose}
    />
  )
}

interface SourceProps {
  /** What is published (an item's name, a lot's description): the intro and the title placeholder. */
  name: string
  unit: Unit
  /** The quantity the form starts with. */
  quantity: number
  /** Replaces the default intro and quantity hint (an item's texts). */
  intro?: string
  quantityHint?: string
  publish: (body: PublishRequest) => Promise<Listing>
  onClose: () => void
}

/** The publish dialog for any source of a listing (inventory item, storage lot). */
export function PublishSourceDialog({ name, unit, quantity: initialQuantity, intro, quantityHint, publish, onClose }: SourceProps) {
  const navigate = useNavigate()
  const { t, i18n } = useTranslation()
  const errorText = useListingErrorText()
  const dialog = useRef<HTMLDialogElement>(null)
  const [quantity, setQuantity] = useState(str(initialQuantity))
  const [priceKind, setPriceKind] = useState<PriceKind>('FREE')
  const [sek, setSek] = useState('')
  const [visibility, setVisibility] = useState<Visibility>('INTERNAL')
  const [publicFrom, setPublicFrom] = useState('')
  const [status, setStatus] = useState<'PUBLISHED' | 'DRAFT'>('PUBLISHED')
  const [title, setTitle] = useState('')
  const [pickup, setPickup] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>()
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const element = dialog.current
    // No close() on cleanup: its close event would arrive after StrictMode's second mount and shut the dialog.
    if (element && !element.open) element.showModal()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setErrors({})
    setFailure(undefined)
    try {
      const listing = await publish({
        quantity: num(quantity) as number,
        price: { kind: priceKind, sek: priceKind === 'FIXED' ? num(sek) : null },
        visibility,
        publicFrom: visibility === 'INTERNAL' ? text(publicFrom) : null,
        status,
        title: text(title),
        description: null,
        pickupInstructions: text(pickup),
        expiresOn: null,
      })
      navigate(`/annonser/${listing.id}`)
    } catch (error) {
      setErrors(fieldErrorsOf(error, PATHS))
      setFailure(error)
      setSaving(false)
    }
  }

  const formError = failure !== undefined ? errorText(failure) : undefined
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="publish-title" onClose={onClose} data-testid="publish-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="publish-title" className="section-title">
          {t('publish.title')}
        </h2>
        <p className="muted">{intro ?? t('publish.intro', { name })}</p>
        <fieldset className="fieldset fieldset--plain" disabled={saving}>
          <Field label={t('listing.title')} error={errors.title} hint={t('publish.titleHint')}>
            <input className="input" value={title} placeholder={name} onChange={(e) => setTitle(e.target.value)} data-testid="publish-title-input" />
          </Field>
          <Field
            label={`${t('listing.quantity')} (${t(`unit.${unit}`)})`}
            error={errors.quantity}
            hint={quantityHint ?? t('publish.quantityHint', { quantity: formatQuantity(initialQuantity, i18n.language), unit: t(`unit.${unit}`) })}
            required
          >
            <input className="input" type="text" inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value)} data-testid="publish-quantity" />
          </Field>
          <fieldset className="fieldset">
            <legend>{t('listing.price')}</legend>
            <div className="choices choices--row">
              {PRICE_KINDS.map((k) => (
                <label key={k} className="choice">
                  <input type="radio" name="publishPriceKind" checked={priceKind === k} onChange={() => setPriceKind(k)} data-testid={`publish-price-${k}`} />
                  <span>{t(`priceKind.${k}`)}</span>
                </label>
              ))}
            </div>
            {priceKind === 'FIXED' && (
              <Field label={t('listing.priceSek')} error={errors['price.sek']} hint={t('listing.priceHint')} required>
                <input className="input" type="text" inputMode="decimal" value={sek} onChange={(e) => setSek(e.target.value)} data-testid="publish-price-sek" />
              </Field>
            )}
            {errors['price.kind'] && <p className="field__error">{errors['price.kind']}</p>}
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('listing.visibility')}</legend>
            <div className="choices choices--row">
              {VISIBILITIES.map((v) => (
                <label key={v} className="choice">
                  <input type="radio" name="publishVisibility" checked={visibility === v} onChange={() => setVisibility(v)} data-testid={`publish-visibility-${v}`} />
                  <span>{t(`visibility.${v}`)}</span>
                </label>
              ))}
            </div>
            {errors.visibility && <p className="field__error">{errors.visibility}</p>}
            {visibility === 'INTERNAL' && (
              <Field label={t('listing.publicFrom')} error={errors.publicFrom} hint={t('listing.publicFromHint')}>
                <input className="input" type="date" value={publicFrom} onChange={(e) => setPublicFrom(e.target.value)} data-testid="publish-public-from" />
              </Field>
            )}
          </fieldset>
          <Field label={t('listing.pickupInstructions')} error={errors.pickupInstructions}>
            <textarea className="input" rows={2} value={pickup} onChange={(e) => setPickup(e.target.value)} data-testid="publish-pickup" />
          </Field>
          <fieldset className="fieldset">
            <legend>{t('listing.statusChoice')}</legend>
            <div className="choices choices--row">
              {(['PUBLISHED', 'DRAFT'] as const).map((s) => (
                <label key={s} className="choice">
                  <input type="radio" name="publishStatus" checked={status === s} onChange={() => setStatus(s)} data-testid={`publish-status-${s}`} />
                  <span>{t(`listingStatus.${s}`)}</span>
                </label>
              ))}
            </div>
            {errors.status && <p className="field__error">{errors.status}</p>}
          </fieldset>
        </fieldset>
        {formError && (
          <ErrorMessage
            {...formError}
            message={Object.keys(errors).length > 0 ? t('common.fixFields') : formError.message}
            detail={errors._ ?? formError.detail}
          />
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={saving} data-testid="publish-submit">
            {saving ? t('common.saving') : t('publish.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} data-testid="publish-cancel">
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
