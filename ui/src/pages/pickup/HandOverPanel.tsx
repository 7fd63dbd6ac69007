import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ApiError, type Reservation } from '../../api'
import { PICKUP, type DayPickup } from '../../api/pickup'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useErrorText } from '../../components/LoadError'
import { FormField, zodResolver } from '../../forms'
import { useSession } from '../../session'
import { RESERVATIONS } from '../reservations/events'
import { useActionKey } from '../reservations/format'
import { LabelScanner } from '../storage/LabelScanner'
import { useStorageFormat } from '../storage/shared'
import { codeFromText } from '../storage/labelCode'

const codeSchema = z.object({ code: z.string().refine((v) => codeFromText(v) !== null, 'storage.scan.invalidCode') })

/** Crockford's forgiveness, as the server reads a code: case, spaces and dashes ignored, O→0, I/L→1. */
export const normaliseCode = (code: string) =>
  code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')

type Refusal = { kind: 'wrong'; scanned: string } | { kind: 'unknown'; code: string } | { kind: 'failed'; error: unknown }

/**
 * Handing a pickup over at the store: the operator scans the label of the lot the buyer takes (or types its
 * code) and, when it is the pickup's lot, the reservation is handed over with its whole quantity (the same
 * handover as on the lot page). Another lot's label is refused and nothing happens.
 */
export function HandOverPanel({ pickup, onDone, onClose }: { pickup: DayPickup; onDone: (reservation: Reservation) => void; onClose: () => void }) {
  const { t } = useTranslation()
  const { storage, reservations } = useSession()
  const queryClient = useQueryClient()
  const errorText = useErrorText()
  const key = useActionKey()
  const titleId = useId()
  const format = useStorageFormat()
  const [refusal, setRefusal] = useState<Refusal>()
  // A new scanner after a refused label: the camera stops at the first code it reads.
  const [scan, setScan] = useState(0)
  const [checking, setChecking] = useState(false)

  const handOver = useMutation({
    mutationFn: () => {
      const body = { quantity: pickup.quantity, handedOverOn: null, destinationProject: null, destinationAddress: null, locationId: null }
      return key.run({ handover: pickup.reservationId, ...body }, (k) => reservations.handover(pickup.reservationId, body, k))
    },
    onSuccess: async (reservation) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [PICKUP] }),
        queryClient.invalidateQueries({ queryKey: [RESERVATIONS] }),
      ])
      onDone(reservation)
    },
    onError: (error) => setRefusal({ kind: 'failed', error }),
  })

  const check = useCallback(
    async (code: string) => {
      setChecking(true)
      setRefusal(undefined)
      try {
        let lotId: string
        let lotCode: string
        try {
          const lot = await storage.resolveLabel(code)
          lotId = lot.id
          lotCode = lot.code
        } catch (error) {
          setRefusal(error instanceof ApiError && error.status === 404 ? { kind: 'unknown', code } : { kind: 'failed', error })
          setScan((n) => n + 1)
          return
        }
        const matches = pickup.lotId ? lotId === pickup.lotId : normaliseCode(lotCode) === normaliseCode(pickup.lotCode ?? '')
        if (!matches) {
          setRefusal({ kind: 'wrong', scanned: lotCode })
          setScan((n) => n + 1)
          return
        }
        await handOver.mutateAsync().catch(() => undefined)
      } finally {
        setChecking(false)
      }
    },
    [storage, pickup, handOver],
  )
  // The scanner keeps its first callback while it runs; it calls the current check through this ref.
  const latest = useRef(check)
  useEffect(() => {
    latest.current = check
  })
  const onScanned = useCallback((code: string) => void latest.current(code), [])

  const { register, handleSubmit, formState } = useForm<{ code: string }>({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } })
  const submit = handleSubmit(({ code }) => check(codeFromText(code)!))

  return (
    <section className="panel handover-panel no-print" aria-labelledby={titleId} data-testid="handover-panel">
      <h3 id={titleId} className="section-title section-title--small">
        {t('pickup.handOver.title', { code: pickup.lotCode ?? '' })}
      </h3>
      <p className="field__hint">{t('pickup.handOver.intro', { quantity: format.quantity(pickup.quantity, pickup.unit) })}</p>
      <LabelScanner key={scan} onCode={onScanned} testId="handover-scan" />
      {refusal?.kind === 'wrong' && (
        <p className="error" role="alert" data-testid="handover-wrong-label">
          {t('pickup.handOver.wrongLabel', { scanned: refusal.scanned, expected: pickup.lotCode ?? '' })}
        </p>
      )}
      {refusal?.kind === 'unknown' && (
        <p className="error" role="alert" data-testid="handover-unknown-label">
          {t('pickup.handOver.unknownLabel', { code: refusal.code })}
        </p>
      )}
      {refusal?.kind === 'failed' && <ErrorMessage {...errorText(refusal.error, 'errors.save')} />}
      <form className="form scan-form" onSubmit={(e) => void submit(e)} noValidate data-testid="handover-manual">
        <FormField label={t('pickup.handOver.code')} hint={t('pickup.handOver.codeHint')} error={formState.errors.code}>
          <input className="input input--code" autoComplete="off" autoCapitalize="characters" spellCheck={false} {...register('code')} data-testid="handover-code" />
        </FormField>
        <div className="actions">
          <button type="submit" className="button" disabled={checking} data-testid="handover-code-submit">
            {checking ? t('common.saving') : t('pickup.handOver.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} data-testid="handover-close">
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
