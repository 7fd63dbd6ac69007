import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import sv from './sv.json'
import en from './en.json'

export const LANGUAGES = ['sv', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const STORAGE_KEY = 'kretslopp.language'
const DEFAULT_LANGUAGE: Language = 'sv'

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isLanguage(value) ? value : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

function applyToDocument(lng: string) {
  document.documentElement.lang = lng
}

export function setLanguage(lng: Language): Promise<unknown> {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng)
  } catch {
    // storage unavailable (private mode etc.): the choice lasts for this page only
  }
  return i18n.changeLanguage(lng)
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
}

i18n.on('languageChanged', applyToDocument)

void i18n.use(initReactI18next).init({
  resources: {
    sv: { translation: sv },
    en: { translation: en },
  },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
})

applyToDocument(i18n.language)

export default i18n
