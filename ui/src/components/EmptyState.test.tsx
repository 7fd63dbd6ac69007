import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import i18n from '../i18n'
import { textFiles, type Tree } from '../test/textUsage'
import { EmptyState } from './EmptyState'

describe('empty state', () => {
  it('says that there is nothing and what to do about it', () => {
    render(<EmptyState testId="buildings-empty" message={i18n.t('buildings.empty')} hint={i18n.t('emptyHint.buildings')} />)
    const box = screen.getByTestId('buildings-empty')
    expect(box.textContent).toContain('Inga byggnader ännu.')
    expect(box.textContent).toContain('Lägg till en byggnad med ”Ny byggnad”')
    expect(box.querySelectorAll('p')).toHaveLength(2)
  })

  it('leaves the hint out when there is none', () => {
    render(<EmptyState testId="wanted-empty" message={i18n.t('wanted.empty')} />)
    expect(screen.getByTestId('wanted-empty').querySelectorAll('p')).toHaveLength(1)
  })

  it('has a hint in both languages for every list, each a whole sentence', () => {
    // the hints of each feature are in its texts (src/i18n/<group>/)
    const hints = (language: string) =>
      Object.assign({}, ...textFiles().filter((f) => f.language === language).map((f) => f.tree.emptyHint ?? {})) as Tree
    const sv = hints('sv')
    const en = hints('en')
    expect(Object.keys(sv).length).toBeGreaterThan(10)
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort())
    for (const text of [...Object.values(sv), ...Object.values(en)]) {
      expect(text).toMatch(/^\p{Lu}.*\.$/u)
    }
  })
})
