import { useCallback } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { FormField, zodResolver } from '../../forms'
import { Link, useNavigate } from 'react-router'
import { LabelScanner } from './LabelScanner'
import { codeFromText, receiptTokenFromText } from './labelCode'

export { codeFromText } from './labelCode'

/** A typed code: a label's address, a bare code, or a delivery note's receipt address. */
const codeSchema = z.object({
  code: z.string().refine((v) => codeFromText(v) !== null || receiptTokenFromText(v) !== null, 'storage.scan.invalidCode'),
})

/**
 * /lager/skanna: reads a label's QR code with the phone camera, or takes the code typed in. A delivery note's QR
 * code (`<public-url>/kvitto/<token>`, docs/deliveries.md) opens its receipt page.
 */
export function ScanPage() {
  const navigate = useNavigate()
  // The router's navigate function is stable, so the scanner may keep the first callback.
  const toCode = useCallback((code: string) => void navigate(`/lager/kod/${encodeURIComponent(code)}`), [navigate])
  const toReceipt = useCallback((token: string) => void navigate(`/kvitto/${token}`), [navigate])
  const { t } = useTranslation()
  const { register, handleSubmit, formState } = useForm<{ code: string }>({
    resolver: zodResolver(codeSchema),
    defaultValues: { code: '' },
  })

  const submit = handleSubmit(({ code }) => {
    const token = receiptTokenFromText(code)
    if (token) toReceipt(token)
    else toCode(codeFromText(code)!)
  })

  return (
    <section className="card" aria-labelledby="scan-title" data-testid="scan-page">
      <p className="crumb">
        <Link to="/lager">← {t('storage.sites.title')}</Link>
      </p>
      <h1 id="scan-title" className="card__title">
        {t('storage.scan.title')}
      </h1>
      <LabelScanner onCode={toCode} onReceipt={toReceipt} />
      <form className="form scan-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="scan-manual-title" data-testid="scan-manual">
        <h2 id="scan-manual-title" className="section-title section-title--small">
          {t('storage.scan.manualTitle')}
        </h2>
        <FormField label={t('storage.scan.code')} hint={t('storage.scan.codeHint')} error={formState.errors.code}>
          <input
            className="input input--code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            {...register('code')}
            data-testid="scan-code-input"
          />
        </FormField>
        <div>
          <button type="submit" className="button" data-testid="scan-code-submit">
            {t('storage.scan.show')}
          </button>
        </div>
      </form>
    </section>
  )
}
