import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/client'
import { applyProblem } from './index'

type Form = { name: string; 'contact.email': string }

describe('applyProblem', () => {
  const problem = (errors: { field: string; message: string }[]) =>
    new ApiError(400, { title: 'Ogiltig indata', detail: 'Fälten nedan', errors })

  it('puts each error on the field it names and says nothing more when all found their field', () => {
    const setError = vi.fn()
    const rest = applyProblem<Form>(problem([{ field: 'contact.email', message: 'inte en e-postadress' }]), setError, [
      'name',
      'contact.email',
    ])
    expect(setError).toHaveBeenCalledWith('contact.email', { type: 'server', message: 'inte en e-postadress' }, { shouldFocus: true })
    expect(rest).toBeUndefined()
  })

  it('returns the detail and the errors of fields the form does not have', () => {
    const setError = vi.fn()
    const rest = applyProblem<Form>(problem([{ field: 'code', message: 'upptagen' }]), setError, ['name'])
    expect(setError).not.toHaveBeenCalled()
    expect(rest).toBe('Fälten nedan upptagen')
  })

  it('returns the message of an error that is no problem answer', () => {
    expect(applyProblem<Form>(new Error('nätverket'), vi.fn(), ['name'])).toBe('nätverket')
  })
})
