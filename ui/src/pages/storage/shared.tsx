import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, openBlob, type Site } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useErrorText } from '../../components/LoadError'
import { formatQuantity } from '../inventory/names'

/* What the storage pages share: number and date formats, occupancy bars, PDF buttons and form error paths. */

export function useStorageFormat() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en-GB' : 'sv-SE'
  const number = (n: number | null | undefined, digits = 3) =>
    n === null || n === undefined ? '' : n.toLocaleString(locale, { maximumFractionDigits: digits })
  return {
    number,
    quantity: (n: number, unit: string) => `${formatQuantity(n, i18n.language)} ${t(`unit.${unit}`)}`,
    /** +5 / −3 (a real minus sign in both languages). */
    signed: (n: number) => (n > 0 ? `+${number(n)}` : n < 0 ? `\u2212${number(-n)}` : number(0)),
    date: (iso: string | null | undefined) => {
      if (!iso) return ''
      const date = new Date(iso)
      return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(locale)
    },
    dateTime: (iso: string | null | undefined) => {
      if (!iso) return ''
      const date = new Date(iso)
      return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })
    },
    age: (days: number | null | undefined) => (days === null || days === undefined ? '' : t('storage.ageDays', { count: days })),
    /** "2 / 24 pallplatser", or "2 pallplatser" without a capacity. */
    pallets: (used: number, capacity: number | null | undefined) =>
      capacity === null || capacity === undefined
        ? t('storage.pallets', { used: number(used, 1) })
        : t('storage.palletsOf', { used: number(used, 1), capacity: number(capacity, 1) }),
    /** "12,5 / 80 m²", or "12,5 m²" without a capacity. */
    area: (used: number, capacity: number | null | undefined) =>
      capacity === null || capacity === undefined
        ? t('storage.area', { used: number(used, 1) })
        : t('storage.areaOf', { used: number(used, 1), capacity: number(capacity, 1) }),
  }
}

export function formatSiteAddress(site: Pick<Site, 'address'>): string {
  const a = site.address
  if (!a) return ''
  return [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
}

/** A plain bar of used against capacity; the numbers are told beside it, so the bar itself is decoration. */
export function OccupancyBar({ used, capacity }: { used: number; capacity: number | null | undefined }) {
  if (!capacity || capacity <= 0) return null
  const share = used / capacity
  const level = share > 1 ? ' bar--over' : share >= 0.9 ? ' bar--high' : ''
  return (
    <span className={`bar${level}`} aria-hidden="true">
      <span className="bar__fill" style={{ width: `${Math.min(100, Math.round(share * 100))}%` }} />
    </span>
  )
}

/** A button that fetches a PDF with the token and shows it in a new tab (or downloads it if no tab may open). */
export function PdfButton({
  label,
  filename,
  load,
  testId,
  secondary = true,
  disabled = false,
}: {
  label: string
  filename: string
  load: () => Promise<{ blob: Blob; filename?: string }>
  testId: string
  secondary?: boolean
  disabled?: boolean
}) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()

  async function open() {
    setFailure(undefined)
    setBusy(true)
    // Opened inside the click so popup blockers allow it; pointed at the PDF when it has arrived.
    const pending = window.open('', '_blank')
    try {
      const { blob, filename: served } = await load()
      openBlob(blob, served ?? filename, pending)
    } catch (error) {
      pending?.close()
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button
        type="button"
        className={`button${secondary ? ' button--secondary' : ''}`}
        onClick={() => void open()}
        disabled={busy || disabled}
        aria-busy={busy || undefined}
        data-testid={testId}
      >
        {busy ? t('storage.pdfLoading') : label}
      </button>
      {failure !== undefined && (
        <div className="actions__message">
          <ErrorMessage {...errorText(failure, 'storage.pdfFailed')} />
        </div>
      )}
    </>
  )
}

/** The error box of a failed form: "fix the fields" when fields are marked, else the problem itself. */
export function FormError({ failure, errors, fallbackKey = 'errors.save' }: { failure: unknown; errors: Record<string, string>; fallbackKey?: string }) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  if (failure === undefined) return null
  const text = errorText(failure, fallbackKey)
  const marked = Object.keys(errors).some((k) => k !== '_')
  // 409 (not enough stock) says in its detail how much there is: show it as the message.
  const conflict = failure instanceof ApiError && failure.status === 409
  return (
    <ErrorMessage
      {...text}
      message={marked ? t('common.fixFields') : conflict ? t('storage.conflict') : text.message}
      detail={errors._ ?? text.detail}
    />
  )
}
