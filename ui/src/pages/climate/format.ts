/*
 * Number, unit and name formatting of the climate pages, as plain functions (tested in format.test.ts): one format
 * everywhere, Swedish first ("7,4 ton", "2,4 t", "12 500 kr"), English second.
 */

export type Language = 'sv' | 'en'

function locale(language: Language) {
  return language === 'en' ? 'en-GB' : 'sv-SE'
}

/** A number with at most `digits` decimals, grouped the language's way (sv: "12 500,5", en: "12,500.5"). */
export function formatNumber(n: number, language: Language, digits = 0): string {
  return n.toLocaleString(locale(language), { maximumFractionDigits: digits, minimumFractionDigits: 0 })
}

/** Tonnes with one decimal from kg, for chart axes and tooltips: 2400 kg → "2,4 t" (sv), "2.4 t" (en). */
export function formatTonnesShort(kg: number, language: Language): string {
  return `${formatNumber(kg / 1000, language, 1)} t`
}

/** A share 0–1 as a whole percentage: 0.179 → "18 %" (sv), "18%" (en). */
export function formatShare(share: number, language: Language): string {
  const pct = formatNumber(share * 100, language, 0)
  return language === 'en' ? `${pct}%` : `${pct} %`
}

/**
 * The genitive of a name. Swedish: an s without apostrophe ("Kalmar kommuns"), none after s, x or z ("Kalmar
 * Rivning & Demontage ABs" is wrong twice: "…AB:s"), and a colon after an abbreviation in capitals or a digit
 * ("Smålandsbygg AB:s", "BRF 12:s"). English: "'s", or only "'" after s.
 */
export function genitive(name: string, language: Language): string {
  const trimmed = name.trim()
  if (trimmed === '') return trimmed
  const last = trimmed.slice(-1)
  if (language === 'en') return /s$/i.test(trimmed) ? `${trimmed}'` : `${trimmed}'s`
  if (/[sxz]$/i.test(trimmed)) return trimmed
  const lastWord = trimmed.split(/\s+/).pop() ?? trimmed
  const abbreviation = lastWord.length > 1 && lastWord === lastWord.toUpperCase() && /[A-ZÅÄÖ]/.test(lastWord)
  if (abbreviation || /\d/.test(last)) return `${trimmed}:s`
  return `${trimmed}s`
}
