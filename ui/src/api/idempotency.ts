import { ApiError, NetworkError, apiSend, type ApiRequestOptions } from './client'

/*
 * Idempotent POSTs: each user action sends an Idempotency-Key. The server answers a repeat of a finished request
 * with the first answer (Idempotent-Replayed: true), a repeat while the first is still running with 409, and the
 * same key with another body with 422. So a request whose answer was lost can safely be sent again with its key.
 */

/** A fresh random key (UUID v4). crypto.randomUUID exists only in secure contexts (https, localhost). */
export function newIdempotencyKey(): string {
  const c: Crypto | undefined = typeof globalThis.crypto === 'object' ? globalThis.crypto : undefined
  if (c && typeof c.randomUUID === 'function') return c.randomUUID()
  const bytes = new Uint8Array(16)
  if (c && typeof c.getRandomValues === 'function') {
    c.getRandomValues(bytes)
  } else {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40 // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80 // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * A 409 that says the first request with this key is still being processed (not a conflict of the data, such as
 * "only 3 available"). The contract does not fix the wording, so the problem's type, title and detail are read.
 */
export function isReplayInProgress(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false
  const text = [error.problem?.type, error.title, error.detail].filter((s) => typeof s === 'string').join(' ')
  return /idempot|replay|in[ -]progress|still (running|processing)|being processed|pågår|behandlas/i.test(text)
}

/** Automatic repeats of one POST: after a lost answer, and while the first request is still running. */
const MAX_REPEATS = 3
const REPEAT_DELAY_MS = 500

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * POSTs a JSON body with an Idempotency-Key (a fresh one unless given) and reads the JSON answer. The request is
 * repeated with the same key, after a short and growing delay, when no answer came (network failure) or the
 * server says the first request with the key is still running; at most {@link MAX_REPEATS} times.
 */
export async function postIdempotent<T>(path: string, body: unknown, options: ApiRequestOptions = {}, key = newIdempotencyKey()): Promise<T> {
  for (let repeat = 0; ; repeat++) {
    try {
      return await apiSend<T>(path, 'POST', body, { ...options, headers: { ...options.headers, 'Idempotency-Key': key } })
    } catch (error) {
      const unknownOutcome = error instanceof NetworkError || isReplayInProgress(error)
      if (!unknownOutcome || repeat >= MAX_REPEATS) throw error
      await sleep(REPEAT_DELAY_MS * (repeat + 1))
    }
  }
}

/**
 * The key of one user action (a form's submit, a button). Submitting the same body again after an attempt whose
 * outcome is unknown (no answer, or still running) reuses that attempt's key, so the server does the work once;
 * any answer ends the action, and a changed body is a new action with a new key.
 */
export class ActionKey {
  private current: { key: string; fingerprint: string } | undefined

  async run<T>(body: unknown, call: (key: string) => Promise<T>): Promise<T> {
    const fingerprint = JSON.stringify(body ?? null)
    if (this.current?.fingerprint !== fingerprint) this.current = { key: newIdempotencyKey(), fingerprint }
    const attempt = this.current
    try {
      const result = await call(attempt.key)
      if (this.current === attempt) this.current = undefined
      return result
    } catch (error) {
      const unknownOutcome = error instanceof NetworkError || isReplayInProgress(error)
      if (!unknownOutcome && this.current === attempt) this.current = undefined
      throw error
    }
  }
}
