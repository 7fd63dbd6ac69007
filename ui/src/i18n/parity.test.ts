import { describe, expect, it } from 'vitest'
import en from './en.json'
import sv from './sv.json'

type Tree = { [key: string]: string | Tree }

/** Every leaf key ("search.filters.title") of a translation file. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`),
  )
}

/** The {{placeholders}} of a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((m) => m[1]).sort()
}

function leaf(tree: Tree, key: string): string {
  return key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree) as string
}

describe('translations', () => {
  const svKeys = keys(sv as Tree)
  const enKeys = keys(en as Tree)

  it('has every Swedish key in English', () => {
    expect(svKeys.filter((k) => !enKeys.includes(k))).toEqual([])
  })

  it('has every English key in Swedish', () => {
    expect(enKeys.filter((k) => !svKeys.includes(k))).toEqual([])
  })

  it('has no empty text', () => {
    expect(svKeys.filter((k) => !leaf(sv as Tree, k).trim())).toEqual([])
    expect(enKeys.filter((k) => !leaf(en as Tree, k).trim())).toEqual([])
  })

  it('uses the same placeholders in both languages', () => {
    const differing = svKeys
      .filter((k) => enKeys.includes(k))
      .filter((k) => placeholders(leaf(sv as Tree, k)).join() !== placeholders(leaf(en as Tree, k)).join())
    expect(differing).toEqual([])
  })
})
