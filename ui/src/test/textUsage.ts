/// <reference types="node" />
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/*
 * Which texts each module of the UI uses, and which text groups are surely loaded wherever it can run: read from
 * the source (imports, `withTexts([...], () => import(...))` and the i18n keys in string literals), for
 * src/i18n/texts.test.ts. A key is any string literal whose first segment is a top-level key of the texts
 * ('storage.title', `unit.${unit}` for every key under unit.); strings that name no text are ignored.
 */

export const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const I18N = path.join(SRC, 'i18n')

export type Tree = { [key: string]: string | Tree }

/** Every leaf key of a text tree. */
export function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leaves(value, `${prefix}${key}.`),
  )
}

export interface TextFile {
  /** '' for the start texts, else the group's folder name. */
  group: string
  language: string
  file: string
  tree: Tree
}

/** The text files: the start texts (src/i18n/<lng>.json) and each group's (src/i18n/<group>/<lng>.json). */
export function textFiles(): TextFile[] {
  const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Tree
  const start = fs
    .readdirSync(I18N)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ group: '', language: f.replace('.json', ''), file: path.join(I18N, f) }))
  const groups = fs
    .readdirSync(I18N, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(I18N, d.name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({ group: d.name, language: f.replace('.json', ''), file: path.join(I18N, d.name, f) })),
    )
  return [...start, ...groups].map((t) => ({ ...t, tree: read(t.file) }))
}

export interface Module {
  file: string
  /** i18n keys in its string literals; one ending in '.' stands for every key below it. */
  keys: string[]
  imports: { target: string; dynamic: boolean; groups: string[] }[]
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourceFiles(file)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.d\.ts$/.test(entry.name) ? [file] : []
  })
}

function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier)
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find(
    (f) => /\.tsx?$/.test(f) && fs.existsSync(f) && fs.statSync(f).isFile(),
  )
}

export function modules(topKeys: Set<string>): Map<string, Module> {
  const result = new Map<string, Module>()
  for (const file of sourceFiles(SRC)) {
    // Comments may name keys or modules without using them.
    const code = fs
      .readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|\s)\/\/.*$/gm, '$1')
    const imports: Module['imports'] = []
    for (const m of code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm)) {
      const target = resolve(file, m[1])
      if (target) imports.push({ target, dynamic: false, groups: [] })
    }
    for (const m of code.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
      const target = resolve(file, m[1])
      const declared = /withTexts\(\s*\[([^\]]*)\]\s*,\s*\(\)\s*=>\s*$/.exec(code.slice(0, m.index))
      const groups = declared ? [...declared[1].matchAll(/['"](\w+)['"]/g)].map((g) => g[1]) : []
      if (target) imports.push({ target, dynamic: true, groups })
    }
    const keys = [...code.matchAll(/(['"`])([A-Za-z]\w*\.[\w.]*)(?:\?[^'"`]*)?(?=\1|\$\{)/g)]
      .map((m) => m[2])
      .filter((key) => topKeys.has(key.split('.')[0]))
    result.set(file, { file, keys: [...new Set(keys)], imports })
  }
  return result
}

/**
 * For every module reachable from main.tsx: the text groups loaded on every way to it (a static import keeps
 * its importer's; a dynamic import inside `withTexts([...], …)` adds those).
 */
export function loadedGroups(mods: Map<string, Module>, entry = path.join(SRC, 'main.tsx')): Map<string, Set<string>> {
  const loaded = new Map<string, Set<string>>([[entry, new Set()]])
  const work = [entry]
  while (work.length) {
    const file = work.pop()!
    const here = loaded.get(file)!
    for (const { target, groups } of mods.get(file)?.imports ?? []) {
      const coming = new Set([...here, ...groups])
      const before = loaded.get(target)
      const after = before ? new Set([...before].filter((g) => coming.has(g))) : coming
      if (!before || after.size !== before.size) {
        loaded.set(target, after)
        work.push(target)
      }
    }
  }
  return loaded
}

/**
 * The leaves a key stands for: 'unit.' every key under unit; 'storage.title' itself, its plural forms
 * (storage.title_one) or its subtree.
 */
export function matching(key: string, allLeaves: Iterable<string>): string[] {
  if (key.endsWith('.')) return [...allLeaves].filter((leaf) => leaf.startsWith(key))
  return [...allLeaves].filter((leaf) => leaf === key || leaf.startsWith(`${key}.`) || leaf.startsWith(`${key}_`))
}
