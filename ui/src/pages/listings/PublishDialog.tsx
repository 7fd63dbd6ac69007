import { useEffect, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { PRICE_KINDS, VISIBILITIES, type Item, type Listing, type PublishRequest } from '../../api'
import { applyProblem, FieldMessage, FormField, numberText, optionalText, parseNumber, zodResolver } from '../../forms'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useNavigate } from 'react-router'
import { useSession } from '../../session'
import { str, text } from '../inventory/forms'
import { formatQuantity } from '../inventory/names'
import { useListingErrorText } from './errors'

/** PublishItemRequest's rules (listing/api/PublishItemRequest.java), on the form's text. */
const schema = z
  .object({
    title: optionalText(200),
    quantity: numberText({ required: true, positive: true, max: 100_000_000 }),
    price: z.object({ kind: z.enum(PRICE_KINDS), sek: numberText({ min: 0, max: 100_000_000 }) }),
    visibility: z.enum(VISIBILITIES),
    publicFrom: z.string(),
    pickupInstructions: optionalText(2000),
    status: z.enum(['PUBLISHED', 'DRAFT']),
  })
  .superRefine((v, context) => {
    if (v.price.kind === 'FIXED' && v.price.sek.trim() === '') {
      context.addIssue({ code: 'custom', path: ['price', 'sek'], message: 'validation.required' })
    }
  })
type Values = z.infer<typeof schema>
const FIELDS = ['title', 'quantity', 'price.kind', 'price.sek', 'visibility', 'publicFrom', 'pickupInstructions', 'status'] as const

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
  /** A unit code (an item's Unit; a stored lot's answer has it as a plain string). */
  unit: string
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
  const { control, register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: '', quantity: str(initialQuantity), price: { kind: 'FREE', sek: '' }, visibility: 'INTERNAL', publicFrom: '',
      pickupInstructions: '', status: 'PUBLISHED',
    },
  })
  const { errors, isSubmitting: saving } = formState
  const [failure, setFailure] = useState<unknown>()
  const [rest, setRest] = useState<string>()
  const priceKind = useWatch({ control, name: 'price.kind' })
  const visibility = useWatch({ control, name: 'visibility' })

  useEffect(() => {
    const element = dialog.current
    // No close() on cleanup: its close event would arrive after StrictMode's second mount and shut the dialog.
    if (element && !element.open) element.showModal()
  }, [])

  const submit = handleSubmit(async (v) => {
    setFailure(undefined)
    try {
      const listing = await publish({
        quantity: parseNumber(v.quantity) as number,
        price: { kind: v.price.kind, sek: v.price.kind === 'FIXED' ? parseNumber(v.price.sek) : null },
        visibility: v.visibility,
        publicFrom: v.visibility === 'INTERNAL' ? text(v.publicFrom) : null,
        status: v.status,
        title: text(v.title),
        description: null,
        pickupInstructions: text(v.pickupInstructions),
        expiresOn: null,
      })
      navigate(`/annonser/${listing.id}`)
    } catch (error) {
      setRest(applyProblem(error, setError, FIELDS))
      setFailure(error)
    }
  })

  const formError = failure !== undefined ? errorText(failure) : undefined
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="publish-title" onClose={onClose} data-testid="publish-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="publish-title" className="section-title">
          {t('publish.title')}
        </h2>
        <p className="muted">{intro ?? t('publish.intro', { name })}</p>
        <fieldset className="fieldset fieldset--plain">
          <FormField label={t('listing.title')} error={errors.title} hint={t('publish.titleHint')}>
            <input className="input" placeholder={name} {...register('title')} data-testid="publish-title-input" />
          </FormField>
          <FormField
            label={`${t('listing.quantity')} (${t(`unit.${unit}`)})`}
            error={errors.quantity}
            hint={quantityHint ?? t('publish.quantityHint', { quantity: formatQuantity(initialQuantity, i18n.language), unit: t(`unit.${unit}`) })}
            required
          >
            <input className="input" type="text" inputMode="decimal" {...register('quantity')} data-testid="publish-quantity" />
          </FormField>
          <fieldset className="fieldset">
            <legend>{t('listing.price')}</legend>
            <div className="choices choices--row">
              {PRICE_KINDS.map((k) => (
                <label key={k} className="choice">
                  <input type="radio" value={k} {...register('price.kind')} data-testid={`publish-price-${k}`} />
                  <span>{t(`priceKind.${k}`)}</span>
                </label>
              ))}
            </div>
            {priceKind === 'FIXED' && (
              <FormField label={t('listing.priceSek')} error={errors.price?.sek} hint={t('listing.priceHint')} required>
                <input className="input" type="text" inputMode="decimal" {...register('price.sek')} data-testid="publish-price-sek" />
              </FormField>
            )}
            {errors.price?.kind?.message && <FieldMessage message={errors.price.kind.message} />}
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('listing.visibility')}</legend>
            <div className="choices choices--row">
              {VISIBILITIES.map((v) => (
                <label key={v} className="choice">
                  <input type="radio" value={v} {...register('visibility')} data-testid={`publish-visibility-${v}`} />
                  <span>{t(`visibility.${v}`)}</span>
                </label>
              ))}
            </div>
            {errors.visibility?.message && <FieldMessage message={errors.visibility.message} />}
            {visibility === 'INTERNAL' && (
              <FormField label={t('listing.publicFrom')} error={errors.publicFrom} hint={t('listing.publicFromHint')}>
                <input className="input" type="date" {...register('publicFrom')} data-testid="publish-public-from" />
              </FormField>
            )}
          </fieldset>
          <FormField label={t('listing.pickupInstructions')} error={errors.pickupInstructions}>
            <textarea className="input" rows={2} {...register('pickupInstructions')} data-testid="publish-pickup" />
          </FormField>
          <fieldset className="fieldset">
            <legend>{t('listing.statusChoice')}</legend>
            <div className="choices choices--row">
              {(['PUBLISHED', 'DRAFT'] as const).map((s) => (
                <label key={s} className="choice">
                  <input type="radio" value={s} {...register('status')} data-testid={`publish-status-${s}`} />
                  <span>{t(`listingStatus.${s}`)}</span>
                </label>
              ))}
            </div>
            {errors.status?.message && <FieldMessage message={errors.status.message} />}
          </fieldset>
        </fieldset>
        {formError && (
          <ErrorMessage
            {...formError}
            message={rest === undefined ? t('common.fixFields') : formError.message}
            detail={rest ?? formError.detail}
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
