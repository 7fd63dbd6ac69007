import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CategoryPlaceholder, categoryGroup, placeholderSvg } from './CategoryPlaceholder'

import seed from '../../../src/main/resources/db/migration/V3__category_seed.sql?raw'
// The top-level groups of the managed category tree, as the migration seeds them (parent_id null).
const groups = [...seed.matchAll(/\('[0-9a-f-]+', null, '([a-z-]+)'/g)].map((m) => m[1])

describe('category placeholder', () => {
  it('draws every top-level group of the seed, each its own way', () => {
    expect(groups.length).toBeGreaterThanOrEqual(18)
    expect(groups).toContain('dorrar')
    const drawings = groups.map((group) => {
      expect(categoryGroup(group), group).toBe(group)
      return placeholderSvg(group)
    })
    expect(new Set(drawings).size).toBe(groups.length)
  })

  it('draws a kind as its group, and what it does not know as "other"', () => {
    expect(categoryGroup('dorrar.innerdorrar')).toBe('dorrar')
    expect(placeholderSvg('fonster.isolerrutor')).toBe(placeholderSvg('fonster'))
    expect(categoryGroup('nagot-nytt')).toBe('ovrigt')
    expect(categoryGroup(null)).toBe('ovrigt')
  })

  it('is a decorative image: empty alt text, an SVG the policy allows', () => {
    const { container } = render(<CategoryPlaceholder code="dorrar.innerdorrar" />)
    const img = container.querySelector('img')!
    expect(img.getAttribute('alt')).toBe('')
    expect(img.dataset.category).toBe('dorrar')
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/)
    expect(decodeURIComponent(img.getAttribute('src')!.slice('data:image/svg+xml,'.length))).toBe(placeholderSvg('dorrar'))
  })
})
