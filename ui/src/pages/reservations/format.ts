import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionKey } from '../../api'
import { formatQuantity } from '../inventory/names'

/* Formats and helpers of the reservation pages: dates and times in the current language, datetime-local values. */

export function useReservationFormat() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en-GB' : 'sv-SE'
  return {
    quantity: (n: number, unit: string | null | undefined) => (unit ? `${formatQuantity(n, i18n.language)} ${t(`unit.${unit}`)}` : formatQuantity(n, i18n.language)),
    date: (iso: string | null | undefined) => {
      if (!iso) return ''
      // A plain date (YYYY-MM-DD) is a calendar day, not an instant: read it without a time zone shift.
      const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso)
      return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(locale)
    },
    dateTime: (iso: string | null | undefined) => {
      if (!iso) return ''
      const date = new Date(iso)
      return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })
    },
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A timestamp as the value of a datetime-local input (the browser's time zone), '' when absent or unreadable. */
export function toLocalInput(iso: string | null | undefined, addMinutes = 0): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  date.setMinutes(date.getMinutes() + addMinutes)
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** A datetime-local value (local time) as an ISO 8601 timestamp; null when empty or unreadable. */
export function fromLocalInput(value: string): string | null {
  if (!value.trim()) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The idempotency key holder of one user action of a component (a form, a button), kept across renders. */
export function useActionKey(): ActionKey {
  const [key] = useState(() => new ActionKey())
  return key
}
