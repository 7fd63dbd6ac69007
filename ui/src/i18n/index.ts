import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import sv from './sv.json'

/*
 * The texts come in pieces, so a visitor loads only those of the pages they open (docs/ui.md, "Texts"):
 *
 * - `sv.json` / `en.json` here: the shell (header, menu, footer, sign-in), the start and search pages, and what
 *   components shared by many pages say (field errors, units, conditions). Swedish, the default and the fallback,
 *   is part of the start bundle; English is a chunk of its own, fetched when someone chooses it.
 * - `<group>/sv.json` / `<group>/en.json` (for example `storage/`): the texts of one feature's pages. Each is a
 *   chunk fetched beside the page's code: routes.tsx loads a page with `withTexts(['storage'], () => import(…))`,
 *   so the page renders once both are there. A group holds whole subtrees of the one key tree (`storage`, or
 *   `shell.statement`), merged in, so a key reads the same wherever its text lives; `texts.test.ts` checks that
 *   every text a module uses is loaded wherever the module can run.
 */

export const LANGUAGES = ['sv', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const STORAGE_KEY = 'kretslopp.language'
const DEFAULT_LANGUAGE: Language = 'sv'

type Texts = Record<string, unknown>

/** The start texts of the other languages (Swedish is bundled). */
const START_TEXTS: Record<Exclude<Language, 'sv'>, () => Promise<Texts>> = {
  en: () => import('./en.json').then((m) => m.default),
}

/** The feature groups' texts, by path ("./storage/sv.json"). */
const GROUP_TEXTS = import.meta.glob<Texts>('./*/{sv,en}.json', { import: 'default' })

/** The names of the feature groups (the folders beside this file that hold texts). */
export const TEXT_GROUPS: readonly string[] = [
  ...new Set(Object.keys(GROUP_TEXTS).map((path) => path.split('/')[1])),
].sort()

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

/** What has been added or is being fetched, by "language/group" ("" is the start texts). */
const pieces = new Map<string, Promise<void>>([[`${DEFAULT_LANGUAGE}/`, Promise.resolve()]])
/** The groups some page asked for: a language chosen later gets them too, before it is shown. */
const requestedGroups = new Set<string>()
/** The language being switched to, while its texts load. */
let switchingTo: Language | undefined

function loadPiece(lng: Language, group: string): Promise<void> {
  const id = `${lng}/${group}`
  let piece = pieces.get(id)
  if (!piece) {
    const fetch = group ? GROUP_TEXTS[`./${group}/${lng}.json`] : START_TEXTS[lng as Exclude<Language, 'sv'>]
    if (!fetch) return Promise.reject(new Error(`No texts "${id}"`))
    // Deep: a group's subtree joins the start texts' tree (shell.statement beside shell.nav).
    piece = fetch().then((texts) => void i18n.addResourceBundle(lng, 'translation', texts, true, true))
    piece.catch(() => pieces.delete(id)) // a failed fetch is tried again next time
    pieces.set(id, piece)
  }
  return piece
}

/** Makes sure the texts of a language are there: its start texts and the groups pages have asked for. */
export async function loadLanguage(lng: Language): Promise<void> {
  await Promise.all([loadPiece(lng, ''), ...[...requestedGroups].map((group) => loadPiece(lng, group))])
}

/** Loads the texts of feature groups in the page's language (and in the one being switched to, if any). */
export async function loadTexts(groups: readonly string[]): Promise<void> {
  groups.forEach((group) => requestedGroups.add(group))
  const languages = new Set([currentLanguage(), ...(switchingTo ? [switchingTo] : [])])
  await Promise.all([...languages].flatMap((lng) => groups.map((group) => loadPiece(lng, group))))
}

/**
 * A lazy page's loader that also fetches the texts of its feature groups, side by side: the module comes when
 * both are there, so the page never renders raw keys. `routes.tsx`: `withTexts(['storage'], () => import(…))`.
 */
export function withTexts<T>(groups: readonly string[], load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadTexts(groups)]).then(([module]) => module)
}

export async function setLanguage(lng: Language): Promise<unknown> {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng)
  } catch {
    // storage unavailable (private mode etc.): the choice lasts for this page only
  }
  switchingTo = lng
  try {
    await loadLanguage(lng)
  } finally {
    switchingTo = undefined
  }
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
  // English and the feature groups are added when needed, so i18next must not take a missing bundle for "no texts".
  partialBundledLanguages: true,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
})

applyToDocument(i18n.language)

export default i18n
