import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ApiError } from '../api/client'
import i18n, { loadLanguage } from '../i18n'
import { applyProblem, FIELD_ERROR_CODES, fieldErrorText, FormField, zodResolver, type FieldProblem } from './index'

/** What the server may send with a code: every attribute a text can use, so a missing placeholder shows. */
const full = (code: string): FieldProblem => ({
  field: 'quantity',
  code,
  message: `server says ${code}`,
  min: 1,
  max: 5_242_880,
  allowed: ['DRAFT', 'PUBLISHED'],
  other: 'unit',
})

afterEach(() => i18n.changeLanguage('sv'))

describe('field error texts by code', () => {
  for (const language of ['sv', 'en'] as const) {
    it(`renders every code the server sends in ${language}, never the server's sentence`, async () => {
      await loadLanguage(language)
      await i18n.changeLanguage(language)
      const texts = new Set<string>()
      for (const code of FIELD_ERROR_CODES) {
        for (const problem of [full(code), { field: 'x', code, message: `server says ${code}` }]) {
          render(<p data-testid={`text-${code}`}>{fieldErrorText(problem)}</p>)
          const text = screen.getAllByTestId(`text-${code}`).at(-1)!.textContent ?? ''
          expect(text, code).not.toBe(problem.message)
          expect(text, code).not.toMatch(/fieldError\.|\{\{|undefined|null/)
          expect(text.length, code).toBeGreaterThan(3)
          texts.add(text)
        }
      }
      // the texts say different things: at least one text per code (some codes share one, as NotNull and NotBlank)
      expect(texts.size).toBeGreaterThan(FIELD_ERROR_CODES.length)
    })
  }

  it('puts the attributes into the text in the language', async () => {
    expect(fieldErrorText({ field: 'constructionYear', code: 'Max', message: 'must be at most 2100', max: 2100 })).toBe(
      'Får inte vara större än 2100.',
    )
    expect(fieldErrorText({ field: 'file', code: 'TooLarge', message: 'too large', max: 10 * 1024 * 1024 })).toBe(
      'Filen är för stor: högst 10 MiB.',
    )
    expect(
      fieldErrorText({ field: 'latitude', code: 'RequiredTogether', message: 'x', other: 'longitude' }, { labels: { longitude: 'Longitud' } }),
    ).toBe('Ska anges tillsammans med Longitud.')
    await loadLanguage('en')
    await i18n.changeLanguage('en')
    expect(fieldErrorText({ field: 'status', code: 'InvalidEnum', message: 'måste vara en av', allowed: ['A', 'B'] })).toBe(
      'Choose one of: A, B.',
    )
  })

  it('says what form a field wants where the code alone does not', () => {
    expect(fieldErrorText({ field: 'contact.organisationNumber', code: 'Pattern', message: 'x' })).toBe(
      'Skriv organisationsnumret som NNNNNN-NNNN.',
    )
    expect(fieldErrorText({ field: 'code', code: 'Pattern', message: 'x' }, { texts: { code: { Pattern: 'validation.code' } } })).toBe(
      '2–63 tecken: a–z, 0–9 och bindestreck, inte först.',
    )
  })

  it('shows the server message of a code it does not know', () => {
    expect(fieldErrorText({ field: 'x', code: 'SomethingNew', message: 'något nytt' })).toBe('något nytt')
    expect(fieldErrorText({ field: 'x', message: 'utan kod' })).toBe('utan kod')
  })
})

/** The texts an input's aria-describedby points at. */
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')

const schema = z.object({
  name: z.string().trim().min(1, 'validation.required'),
  year: z.string(),
  address: z.object({ city: z.string() }),
})
type Values = z.infer<typeof schema>

/** A form as the pages write them, whose save fails with `failure`. */
function TestForm({ failure }: { failure: unknown }) {
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', year: '', address: { city: '' } },
  })
  const [rest, setRest] = useState<string>()
  const save = handleSubmit(() => setRest(applyProblem(failure, setError, ['name', 'year', 'address.city'])))
  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <FormField label="Namn" error={formState.errors.name}>
        <input {...register('name')} />
      </FormField>
      <FormField label="År" error={formState.errors.year}>
        <input {...register('year')} />
      </FormField>
      <FormField label="Ort" error={formState.errors.address?.city}>
        <input {...register('address.city')} />
      </FormField>
      <button type="submit">Spara</button>
      {rest && <p role="alert">{rest}</p>}
    </form>
  )
}

describe('a failed submit', () => {
  const problem = new ApiError(400, {
    title: 'Invalid request',
    detail: '2 fields are invalid.',
    errors: [
      { field: 'address', code: 'NotNull', message: 'must not be null' },
      { field: 'year', code: 'Max', message: 'must be less than or equal to 2100', max: 2100 },
    ],
  })

  it('moves the focus to the first field the schema refuses', async () => {
    render(<TestForm failure={problem} />)
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Namn')))
    expect(screen.getByText('Fyll i fältet.')).toBeTruthy()
  })

  it('puts the server’s field errors on the fields in Swedish, focusing the first of the form', async () => {
    render(<TestForm failure={problem} />)
    await userEvent.type(screen.getByLabelText('Namn'), 'Skolan')
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('År')))
    expect(description(screen.getByLabelText('År'))).toBe('Får inte vara större än 2100.')
    // a parent path lands on its first field
    expect(description(screen.getByLabelText('Ort'))).toBe('Fyll i fältet.')
    expect(screen.queryByText(/must be/)).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('returns what names no field of the form, translated', async () => {
    const other = new ApiError(422, {
      title: 'Unprocessable', detail: 'The request names something that does not fit.',
      errors: [{ field: 'categoryId', code: 'UnknownReference', message: 'is not a known category' }],
    })
    render(<TestForm failure={other} />)
    await userEvent.type(screen.getByLabelText('Namn'), 'Skolan')
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }))
    expect(screen.getByRole('alert').textContent).toBe(
      'The request names something that does not fit. Finns inte, eller så får du inte använda det.',
    )
  })
})
