import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import sv from './sv.json'

/*
 * Swedish, the default and the fallback, is part of the start bundle; English is a chunk of its own, fetched when
 * someone chooses it (or chose it before: main.tsx waits for it then). Each language's texts are about 50 kB, so
 * a Swedish visitor does not load the English ones.
 */

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

/** Makes sure the texts of a language are there (English is fetched the first time). */
export async function loadLanguage(lng: Language): Promise<void> {
  if (i18n.hasResourceBundle(lng, 'translation')) return
  const texts = (await import('./en.json')).default
  i18n.addResourceBundle(lng, 'translation', texts)
}

export async function setLanguage(lng: Language): Promise<unknown> {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng)
  } catch {
    // storage unavailable (private mode etc.): the choice lasts for this page only
  }
  await loadLanguage(lng)
  return i18n.changeLanguage(lng)
}

/** The start of the app: the language chosen on an earlier visit, loaded before the first page shows. */
export function startLanguage(): Promise<unknown> {
  const lng = storedLanguage()
  return lng === DEFAULT_LANGUAGE ? Promise.resolve() : setLanguage(lng)
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
}

i18n.on('languageChanged', applyToDocument)

void i18n.use(initReactI18next).init({
  resources: {
    sv: { translation: sv },
  },
  lng: DEFAULT_LANGUAGE,
  // English is added when chosen (loadLanguage), so i18next must not take the missing bundle for "no texts".
  partialBundledLanguages: true,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
})

applyToDocument(i18n.language)

export default i18n
