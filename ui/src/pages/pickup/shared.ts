import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { createPickupApi } from '../../api/pickup'
import { useAuth } from '../../auth'

/* What the pickup pages share: the API with the token, and days and times in the store's (Swedish) time. */

export function usePickupApi() {
  const { user } = useAuth()
  const token = user?.access_token ?? ''
  return useMemo(() => createPickupApi(token), [token])
}

/** Stores keep Swedish time; slots and days are shown in it wherever the browser is. */
export const STORE_ZONE = 'Europe/Stockholm'

const dayKey = new Intl.DateTimeFormat('sv-SE', { timeZone: STORE_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The day (YYYY-MM-DD) an instant falls on in Swedish time. */
export function storeDay(instant: string | Date): string {
  return dayKey.format(typeof instant === 'string' ? new Date(instant) : instant)
}

/** Today in Swedish time (YYYY-MM-DD). */
export function storeToday(now: Date = new Date()): string {
  return storeDay(now)
}

/** A YYYY-MM-DD day moved by whole days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d + days))
  return date.toISOString().slice(0, 10)
}

export const isDay = (value: string | null | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))

/** Times and days in the page's language, in Swedish time. */
export function usePickupFormat() {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en-GB' : 'sv-SE'
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(locale, { timeZone: STORE_ZONE, hour: '2-digit', minute: '2-digit' })
    const dayName = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
    const dayShort = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' })
    const asUtc = (day: string) => new Date(`${day}T12:00:00Z`)
    return {
      /** 08:30 */
      time: (instant: string) => time.format(new Date(instant)),
      /** 08:30–09:00 */
      span: (from: string, to: string) => `${time.format(new Date(from))}–${time.format(new Date(to))}`,
      /** torsdag 10 december */
      day: (day: string) => dayName.format(asUtc(day)),
      /** tors 10 dec. */
      dayShort: (day: string) => dayShort.format(asUtc(day)),
    }
  }, [locale])
}
