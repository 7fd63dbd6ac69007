import { useTranslation } from 'react-i18next'
import type { Dimensions, Price } from '../../api'

/* How listings show prices, distances, dimensions and dates, in the current language. */

export function useListingFormat() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en-GB' : 'sv-SE'
  const number = (n: number, digits = 2) => n.toLocaleString(locale, { maximumFractionDigits: digits })
  return {
    number,
    price: (price: Pick<Price, 'sek'> & { kind: string } | null | undefined) => {
      if (!price) return t('common.none')
      if (price.kind === 'FREE') return t('price.free')
      if (price.kind === 'ON_REQUEST' || price.sek == null) return t('price.onRequest')
      return t('price.fixed', { amount: number(price.sek) })
    },
    distance: (km: number | null | undefined) =>
      km === null || km === undefined ? '' : t('search.distanceKm', { km: number(km, km < 10 ? 1 : 0) }),
    dimensions: (d: Dimensions | null | undefined) => {
      if (!d) return ''
      const parts = [d.lengthMm, d.widthMm, d.heightMm].filter((v): v is number => v !== null && v !== undefined)
      if (parts.length === 0) return ''
      const named = [
        d.lengthMm ? `${t('item.lengthMm')} ${number(d.lengthMm, 0)}` : null,
        d.widthMm ? `${t('item.widthMm')} ${number(d.widthMm, 0)}` : null,
        d.heightMm ? `${t('item.heightMm')} ${number(d.heightMm, 0)}` : null,
      ].filter(Boolean)
      return `${named.join(' × ')} mm`
    },
    date: (iso: string | null | undefined) => {
      if (!iso) return ''
      // A plain date (YYYY-MM-DD) is a calendar day, not an instant: read it without a time zone shift.
      const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso)
      return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(locale)
    },
  }
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
