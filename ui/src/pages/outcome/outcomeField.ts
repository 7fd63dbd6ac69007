import { z } from 'zod'
import { OUTCOMES, type Outcome } from '../../api/outcomes'

/**
 * The form value of an outcome choice: '' leaves it to the server's rules (the default shown beside the choice), else
 * one of the vocabulary. Which values an event may have is the server's to say (422 naming `outcome`).
 */
export const outcomeField = () => z.union([z.literal(''), z.enum(OUTCOMES)])

/** What to send: nothing for the default. */
export function outcomeOf(value: '' | Outcome): Outcome | undefined {
  return value === '' ? undefined : value
}
