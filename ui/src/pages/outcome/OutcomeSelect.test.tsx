import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { DISPOSAL_OUTCOMES, EXTERNAL_OUTCOMES, ITEM_DISCARDED_OUTCOMES, PICK_OUTCOMES, type Outcome } from '../../api/outcomes'
import { zodResolver } from '../../forms'
import { OutcomeSelect } from './OutcomeSelect'
import { outcomeField, outcomeOf } from './outcomeField'

const schema = z.object({ outcome: outcomeField() })
type Values = z.infer<typeof schema>

function Form({ allowed, byDefault, defaultLabel, onSend }: { allowed: readonly Outcome[]; byDefault: Outcome; defaultLabel?: string; onSend: (o: Outcome | undefined) => void }) {
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { outcome: '' } })
  return (
    <form onSubmit={(e) => void handleSubmit((v) => onSend(outcomeOf(v.outcome)))(e)}>
      <OutcomeSelect allowed={allowed} byDefault={byDefault} defaultLabel={defaultLabel} field={register('outcome')} error={formState.errors.outcome} testId="outcome" />
      <button type="submit">Spara</button>
    </form>
  )
}

const labels = () => within(screen.getByTestId('outcome')).getAllByRole('option').map((o) => o.textContent)

describe('OutcomeSelect', () => {
  it('offers a disposal recycling (the default) or disposal, in Swedish, and sends what is chosen', async () => {
    const onSend = vi.fn()
    render(<Form allowed={DISPOSAL_OUTCOMES} byDefault="RECYCLED" onSend={onSend} />)
    expect(labels()).toEqual(['Standard: Materialåtervunnen', 'Materialåtervunnen', 'Bortskaffad'])
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() => expect(onSend).toHaveBeenLastCalledWith(undefined))
    await userEvent.selectOptions(screen.getByTestId('outcome'), 'Bortskaffad')
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() => expect(onSend).toHaveBeenLastCalledWith('DISPOSED'))
  })

  it('offers a pick the four kinds of reuse, internal and external, and never waste', () => {
    render(<Form allowed={PICK_OUTCOMES} byDefault="REUSED_EXTERNAL" onSend={vi.fn()} />)
    expect(labels()).toEqual([
      'Standard: Återbrukad av annan organisation',
      'Återbrukad inom organisationen',
      'Återbrukad av annan organisation',
      'Såld',
      'Skänkt',
    ])
  })

  it('offers a discarded item recycling, disposal or loss', () => {
    render(<Form allowed={ITEM_DISCARDED_OUTCOMES} byDefault="DISPOSED" onSend={vi.fn()} />)
    expect(labels()).toEqual(['Standard: Bortskaffad', 'Materialåtervunnen', 'Bortskaffad', 'Förlorad'])
  })

  it('offers a handover to another organisation the three kinds of external reuse, by the price by default', async () => {
    const onSend = vi.fn()
    render(<Form allowed={EXTERNAL_OUTCOMES} byDefault="REUSED_EXTERNAL" defaultLabel="Efter priset" onSend={onSend} />)
    expect(labels()).toEqual(['Efter priset', 'Återbrukad av annan organisation', 'Såld', 'Skänkt'])
    await userEvent.selectOptions(screen.getByTestId('outcome'), 'Skänkt')
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }))
    await waitFor(() => expect(onSend).toHaveBeenLastCalledWith('GIVEN_AWAY'))
  })
})
