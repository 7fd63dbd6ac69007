/**
 * A Swedish organisation number: written `NNNNNN-NNNN`, its last digit the Luhn check digit of the nine before it
 * (Kalmar kommun: 212000-0746). The API checks the same (docs/organisations.md); this lets a form say so at once.
 */
export const ORGANISATION_NUMBER_SHAPE = /^\d{6}-\d{4}$/

/** The Luhn check digit of a string of digits: weights 2, 1, 2, … from the left, digits of products summed. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1)
    sum += product > 9 ? product - 9 : product
  }
  return (10 - (sum % 10)) % 10
}

/** Whether `value` is written `NNNNNN-NNNN` (the shape alone). */
export function hasOrganisationNumberShape(value: string): boolean {
  return ORGANISATION_NUMBER_SHAPE.test(value)
}

/** Whether `value` has the shape and a right check digit. */
export function isValidOrganisationNumber(value: string): boolean {
  if (!hasOrganisationNumberShape(value)) return false
  const digits = value.replace('-', '')
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9])
}
