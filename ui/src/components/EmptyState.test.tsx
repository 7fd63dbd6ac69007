import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import sv from '../i18n/sv.json'
import en from '../i18n/en.json'
import { EmptyState } from './EmptyState'

describe('empty state', () => {
  it('says that there is nothing and what to do about it', () => {
    render(<EmptyState testId="buildings-empty" message={sv.buildings.empty} hint={sv.emptyHint.buildings} />)
    const box = screen.getByTestId('buildings-empty')
    expect(box.textContent).toContain('Inga byggnader ännu.')
    expect(box.textContent).toContain('Lägg till en byggnad med ”Ny byggnad”')
    expect(box.querySelectorAll('p')).toHaveLength(2)
  })

  it('leaves the hint out when there is none', () => {
    render(<EmptyState testId="wanted-empty" message={sv.wanted.empty} />)
    expect(screen.getByTestId('wanted-empty').querySelectorAll('p')).toHaveLength(1)
  })

  it('has a hint in both languages for every list, each a whole sentence', () => {
    expect(Object.keys(en.emptyHint).sort()).toEqual(Object.keys(sv.emptyHint).sort())
    for (const text of [...Object.values(sv.emptyHint), ...Object.values(en.emptyHint)]) {
      expect(text).toMatch(/^\p{Lu}.*\.$/u)
    }
  })
})
