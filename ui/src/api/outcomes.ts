import { apiBlob, apiFetch } from './client'
import type { components } from './schema'

/*
 * Outcomes (docs/outcomes.md): what became of what left an inventory or a store, on lots, items and handovers, and
 * the report GET /api/v1/reports/outcomes. The types are the generated schema's (components['schemas']).
 */

export const OUTCOMES = [
  'REUSED_INTERNAL',
  'REUSED_EXTERNAL',
  'SOLD',
  'GIVEN_AWAY',
  'RECYCLED',
  'DISPOSED',
  'LOST',
] as const satisfies readonly components['schemas']['Outcome'][]
export type Outcome = (typeof OUTCOMES)[number]

/** Reuse by another organisation: passed on, sold, given away. */
export const EXTERNAL_OUTCOMES: readonly Outcome[] = ['REUSED_EXTERNAL', 'SOLD', 'GIVEN_AWAY']
export const REUSE_OUTCOMES: readonly Outcome[] = ['REUSED_INTERNAL', ...EXTERNAL_OUTCOMES]
/** What a store's pick, a disposal and an item marked reused or discarded may say (OutcomeRules on the server). */
export const PICK_OUTCOMES = REUSE_OUTCOMES
export const DISPOSAL_OUTCOMES: readonly Outcome[] = ['RECYCLED', 'DISPOSED']
export const ITEM_REUSED_OUTCOMES = REUSE_OUTCOMES
export const ITEM_DISCARDED_OUTCOMES: readonly Outcome[] = ['RECYCLED', 'DISPOSED', 'LOST']

export type OutcomeEvent = components['schemas']['OutcomeEvent']

/** `basis`: CHOSEN by a person, by the RULEs, or mapped from history (BACKFILL). */
export type OutcomeView = components['schemas']['OutcomeView']

export type OutcomeReport = components['schemas']['OutcomeReport']
export type OutcomeFigures = OutcomeReport['totals']
export type OutcomeSum = OutcomeFigures['all']

export interface OutcomeQuery {
  from?: string
  to?: string
  groupBy?: 'year' | 'quarter' | 'month'
}

function query(q: OutcomeQuery, format: 'json' | 'csv' | 'xlsx') {
  const p = new URLSearchParams()
  if (q.from) p.set('from', q.from)
  if (q.to) p.set('to', q.to)
  if (q.groupBy) p.set('groupBy', q.groupBy)
  p.set('format', format)
  return p.toString()
}

export function createOutcomeApi(accessToken: string) {
  const options = { accessToken }
  return {
    report: (q: OutcomeQuery) => apiFetch<OutcomeReport>(`/api/v1/reports/outcomes?${query(q, 'json')}`, options),
    download: (q: OutcomeQuery, format: 'csv' | 'xlsx') => apiBlob(`/api/v1/reports/outcomes?${query(q, format)}`, options),
  }
}
