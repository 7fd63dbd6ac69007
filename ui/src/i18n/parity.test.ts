import { describe, expect, it } from 'vitest'
import { leaves, textFiles, type Tree } from '../test/textUsage'

/** The {{placeholders}} of a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((m) => m[1]).sort()
}

function leaf(tree: Tree, key: string): string {
  return key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree) as string
}

/** Each piece of the texts (the start texts, each feature group's), Swedish beside English. */
const files = textFiles()
const pieces = [...new Set(files.map((f) => f.group))].map((group) => {
  const of = (language: string) => files.find((f) => f.group === group && f.language === language)?.tree ?? {}
  return { name: group || 'start', sv: of('sv'), en: of('en') }
})

describe.each(pieces)('translations ($name)', ({ sv, en }) => {
  const svKeys = leaves(sv)
  const enKeys = leaves(en)

  it('has texts', () => {
    expect(svKeys.length).toBeGreaterThan(0)
  })

  it('has every Swedish key in English', () => {
    expect(svKeys.filter((k) => !enKeys.includes(k))).toEqual([])
  })

  it('has every English key in Swedish', () => {
    expect(enKeys.filter((k) => !svKeys.includes(k))).toEqual([])
  })

  it('has no empty text', () => {
    expect(svKeys.filter((k) => !leaf(sv, k).trim())).toEqual([])
    expect(enKeys.filter((k) => !leaf(en, k).trim())).toEqual([])
  })

  it('uses the same placeholders in both languages', () => {
    const differing = svKeys
      .filter((k) => enKeys.includes(k))
      .filter((k) => placeholders(leaf(sv, k)).join() !== placeholders(leaf(en, k)).join())
    expect(differing).toEqual([])
  })
})
