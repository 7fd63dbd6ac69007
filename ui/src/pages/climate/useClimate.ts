import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { createClimateApi, type ClimateSource } from '../../api'
import { useAuth } from '../../auth'
import { formatNumber, formatShare, formatTonnesShort, genitive, type Language } from './format'

/** The climate API bound to the current token (none for anonymous visitors). */
export function useClimateApi() {
  const { user } = useAuth()
  const token = user?.access_token ?? ''
  return useMemo(() => createClimateApi(token), [token])
}

/** Figures in the current language: kg or tonnes of CO2e, kg of material, SEK, shares. */
export function useClimateFormat() {
  const { t, i18n } = useTranslation()
  const language: Language = i18n.language === 'en' ? 'en' : 'sv'
  const number = (n: number, digits = 0) => formatNumber(n, language, digits)
  return {
    language,
    number,
    tonnesShort: (kg: number) => formatTonnesShort(kg, language),
    genitive: (name: string) => genitive(name, language),
    co2e: (kg: number | null | undefined) => {
      if (kg === null || kg === undefined) return '–'
      return Math.abs(kg) >= 1000 ? t('climate.tonnesCo2e', { n: number(kg / 1000, 1) }) : t('climate.kgCo2e', { n: number(kg, 0) })
    },
    mass: (kg: number | null | undefined) => {
      if (kg === null || kg === undefined) return '–'
      return Math.abs(kg) >= 1000 ? t('climate.tonnes', { n: number(kg / 1000, 1) }) : t('climate.kg', { n: number(kg, 0) })
    },
    sek: (sek: number | null | undefined) => (sek === null || sek === undefined ? '–' : t('climate.sek', { n: number(sek, 0) })),
    share: (share: number) => formatShare(share, language),
    source: (sources: ClimateSource[] | ClimateSource | null | undefined) => {
      const list = !sources ? [] : Array.isArray(sources) ? sources : [sources]
      if (list.length === 0) return t('climate.sourceName')
      return list.map((s) => t('climate.sourceVersion', { name: s.name, version: s.version })).join('; ')
    },
  }
}
