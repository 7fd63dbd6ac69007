/// <reference types="node" />
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import i18n, { loadTexts, setLanguage, TEXT_GROUPS, withTexts } from '.'
import { leaves, loadedGroups, matching, modules, SRC, textFiles } from '../test/textUsage'

/*
 * The texts come in pieces (index.ts): the start texts, and a group's texts fetched with the pages that declare it
 * (`withTexts([...], () => import(...))`). A text used where its piece is not loaded shows as its raw key, so
 * this checks, from the source, that every module finds each text it uses in the start texts or in a group
 * loaded on every way the app can reach the module.
 */

const files = textFiles()
const sv = files.filter((f) => f.language === 'sv')
const leafFiles = new Map<string, string[]>()
for (const f of sv) for (const leaf of leaves(f.tree)) leafFiles.set(leaf, [...(leafFiles.get(leaf) ?? []), f.group])

describe('texts in pieces', () => {
  it('keeps every text in one piece only', () => {
    for (const language of ['sv', 'en']) {
      const seen = new Map<string, string>()
      const twice: string[] = []
      for (const f of files.filter((x) => x.language === language)) {
        for (const leaf of leaves(f.tree)) {
          if (seen.has(leaf)) twice.push(`${leaf} in "${seen.get(leaf)}" and "${f.group}"`)
          seen.set(leaf, f.group)
        }
      }
      expect(twice, language).toEqual([])
    }
  })

  it('loads every text a module uses wherever the app can reach the module', () => {
    const mods = modules(new Set(sv.flatMap((f) => Object.keys(f.tree))))
    const loaded = loadedGroups(mods)
    expect(loaded.size).toBeGreaterThan(100) // the import graph was read
    const missing: string[] = []
    for (const [file, mod] of mods) {
      const groups = loaded.get(file)
      if (!groups) continue // not part of the app
      for (const key of mod.keys) {
        for (const leaf of matching(key, leafFiles.keys())) {
          const pieces = leafFiles.get(leaf)!
          if (!pieces.some((g) => g === '' || groups.has(g)))
            missing.push(`${path.relative(SRC, file)} uses ${leaf}, in "${pieces}" but loads only [${[...groups]}]`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('finds the group of every withTexts, and each group is loaded by some page', () => {
    const declared = new Set([...modules(new Set()).values()].flatMap((m) => m.imports.flatMap((i) => i.groups)))
    expect([...declared].sort()).toEqual([...TEXT_GROUPS])
  })

  it('loads a page with its texts, and a language chosen later with the texts of the pages opened', async () => {
    const page = withTexts(['storage'], async () => ({ here: true }))
    expect(await page()).toEqual({ here: true })
    expect(i18n.t('storage.sites.title')).toBe('Mellanlager')
    expect(i18n.getResource('en', 'translation', 'storage.sites.title')).toBeUndefined()
    await setLanguage('en')
    try {
      expect(i18n.t('storage.sites.title')).toBe('Intermediate storage')
      expect(i18n.t('shell.statement.title')).not.toBe('shell.statement.title')
    } finally {
      await setLanguage('sv')
    }
  })

  it('refuses a group that has no texts', async () => {
    await expect(loadTexts(['nosuchgroup'])).rejects.toThrow('No texts "sv/nosuchgroup"')
  })
})
