import { describe, expect, it } from 'vitest'
import { hasOrganisationNumberShape, isValidOrganisationNumber, luhnCheckDigit } from './organisationNumber'

describe('organisation number', () => {
  it('accepts real organisation numbers', () => {
    // Kalmar kommun, Stockholms kommun, Volvo Car Corporation, Skanska Sverige AB
    for (const number of ['212000-0746', '212000-0142', '556074-3089', '556033-4285']) {
      expect(isValidOrganisationNumber(number), number).toBe(true)
    }
  })

  it('refuses every other check digit', () => {
    for (let digit = 0; digit <= 9; digit++) {
      if (digit === 6) continue
      expect(isValidOrganisationNumber(`212000-074${digit}`)).toBe(false)
    }
  })

  it('refuses two digits swapped, which Luhn catches', () => {
    expect(isValidOrganisationNumber('210200-0746')).toBe(false)
  })

  it('computes the check digit with the weights 2, 1, 2, … and the products’ digit sums', () => {
    expect(luhnCheckDigit('212000074')).toBe(6)
    // 9 × 2 = 18 counts as 1 + 8 = 9: sum 9, check digit 1
    expect(luhnCheckDigit('900000000')).toBe(1)
    expect(luhnCheckDigit('000000000')).toBe(0)
  })

  it('wants the shape NNNNNN-NNNN', () => {
    for (const number of ['2120000746', '212000 0746', '21200-00746', '212000-074', 'abcdef-ghij', ' 212000-0746', '']) {
      expect(hasOrganisationNumberShape(number), number).toBe(false)
      expect(isValidOrganisationNumber(number), number).toBe(false)
    }
    expect(hasOrganisationNumberShape('212000-0745')).toBe(true)
  })
})
