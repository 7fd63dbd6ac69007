import { useTranslation } from 'react-i18next'

/** Picks the Swedish or English name of a category for the current language. */
export function useLocalName() {
  const { i18n } = useTranslation()
  return (named: { nameSv: string; nameEn: string } | null | undefined) =>
    !named ? '' : i18n.language === 'en' ? named.nameEn || named.nameSv : named.nameSv
}

export function formatQuantity(quantity: number | string, language: string): string {
  const n = typeof quantity === 'number' ? quantity : Number(quantity)
  return Number.isFinite(n) ? n.toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 3 }) : String(quantity)
}
