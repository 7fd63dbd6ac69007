import { describe, expect, it } from 'vitest'
import { formatNumber, formatShare, formatTonnesShort, genitive } from './format'

// sv-SE groups with a no-break space (U+00A0)
const nb = '\u00a0'

describe('climate number format', () => {
  it('writes Swedish numbers with a decimal comma and spaces between thousands', () => {
    expect(formatNumber(7.4, 'sv', 1)).toBe('7,4')
    expect(formatNumber(12500.54, 'sv', 1)).toBe(`12${nb}500,5`)
    expect(formatNumber(2, 'sv', 1)).toBe('2')
  })

  it('writes English numbers with a decimal point and commas', () => {
    expect(formatNumber(12500.54, 'en', 1)).toBe('12,500.5')
  })

  it('labels chart axes in tonnes the language’s way', () => {
    expect(formatTonnesShort(2400, 'sv')).toBe('2,4 t')
    expect(formatTonnesShort(2400, 'en')).toBe('2.4 t')
    expect(formatTonnesShort(0, 'sv')).toBe('0 t')
  })

  it('writes shares as whole percentages', () => {
    expect(formatShare(0.1792, 'sv')).toBe('18 %')
    expect(formatShare(0.1792, 'en')).toBe('18%')
  })
})

describe('genitive', () => {
  it.each([
    ['Kalmar kommun', 'Kalmar kommuns'],
    ['Smålandsbygg AB', 'Smålandsbygg AB:s'],
    ['Kalmar Rivning & Demontage AB', 'Kalmar Rivning & Demontage AB:s'],
    ['Kalmarhem', 'Kalmarhems'],
    ['Ölands Återbruk', 'Ölands Återbruks'],
    ['Mörbylånga kommun', 'Mörbylånga kommuns'],
    ['Hans', 'Hans'],
    ['Byggmax', 'Byggmax'],
    ['Kalmar län', 'Kalmar läns'],
    ['Fritz', 'Fritz'],
    ['BRF 12', 'BRF 12:s'],
    ['IKEA', 'IKEA:s'],
  ])('Swedish: %s → %s', (name, expected) => {
    expect(genitive(name, 'sv')).toBe(expected)
  })

  it('English adds ’s, or only an apostrophe after s', () => {
    expect(genitive('Smålandsbygg AB', 'en')).toBe("Smålandsbygg AB's")
    expect(genitive('Hans', 'en')).toBe("Hans'")
  })
})
