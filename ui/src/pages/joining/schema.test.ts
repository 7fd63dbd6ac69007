import { describe, expect, it } from 'vitest'
import { applicationSchema, approvalSchema, emptyApplication, hasValidCheckDigit, toApplicationRequest } from './schema'

const filled = {
  ...emptyApplication,
  organisationName: 'Kalmar Rivning & Demontage AB',
  organisationNumber: '556677-8899',
  kind: 'CONTRACTOR',
  contact: { name: 'Johan Karlsson', email: 'johan@example.org', phone: '' },
  activity: 'Vi river och demonterar byggnader.',
}

/** The message keys of the fields that fail, by path; a field with more than one message fails the test. */
function messages(input: unknown): Record<string, string> {
  const result = applicationSchema.safeParse(input)
  if (result.success) return {}
  const byPath: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const path = issue.path.join('.')
    expect(byPath[path], `a second message for ${path}: ${issue.message}`).toBeUndefined()
    byPath[path] = issue.message
  }
  return byPath
}

describe('organisation number check digit', () => {
  it('accepts real numbers whose last digit is the Luhn check digit of the nine before it', () => {
    // Kalmar kommun, the docs' example and other registered companies and authorities.
    for (const number of ['212000-0746', '556036-0793', '556016-0680', '202100-6255', '556677-8899']) {
      expect(hasValidCheckDigit(number), number).toBe(true)
    }
  })

  it('refuses a wrong check digit and numbers not written NNNNNN-NNNN', () => {
    for (const number of ['212000-0747', '556677-8890', '2120000746', '212000 0746', '21200-00746', '']) {
      expect(hasValidCheckDigit(number), number).toBe(false)
    }
  })
})

describe('application schema', () => {
  it('accepts a filled-in application and leaves blank optional fields out of the request', () => {
    const result = applicationSchema.safeParse(filled)
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(toApplicationRequest(result.data)).toEqual({
      organisationName: 'Kalmar Rivning & Demontage AB',
      organisationNumber: '556677-8899',
      kind: 'CONTRACTOR',
      group: undefined,
      contact: { name: 'Johan Karlsson', email: 'johan@example.org', phone: undefined },
      activity: 'Vi river och demonterar byggnader.',
    })
  })

  it('names each missing required field, and not the optional ones', () => {
    expect(messages(emptyApplication)).toEqual({
      organisationName: 'validation.required',
      organisationNumber: 'validation.required',
      kind: 'validation.required',
      'contact.name': 'validation.required',
      'contact.email': 'validation.required',
      activity: 'validation.required',
    })
  })

  it('tells a badly written number from a wrong check digit', () => {
    expect(messages({ ...filled, organisationNumber: '5566778899' })).toEqual({ organisationNumber: 'validation.organisationNumber' })
    expect(messages({ ...filled, organisationNumber: '556677-8890' })).toEqual({
      organisationNumber: 'validation.organisationNumberCheckDigit',
    })
  })

  it('refuses an invalid email and an unknown kind', () => {
    expect(messages({ ...filled, contact: { ...filled.contact, email: 'johan' } })).toEqual({ 'contact.email': 'validation.email' })
    expect(Object.keys(messages({ ...filled, kind: 'BANK' }))).toEqual(['kind'])
  })
})

describe('approval schema', () => {
  it('takes no code or a valid one', () => {
    expect(approvalSchema.safeParse({ code: '' }).success).toBe(true)
    expect(approvalSchema.safeParse({ code: 'kalmar-rivning' }).success).toBe(true)
    expect(approvalSchema.safeParse({ code: 'Kalmar Rivning' }).success).toBe(false)
    expect(approvalSchema.safeParse({ code: '-kalmar' }).success).toBe(false)
  })
})
