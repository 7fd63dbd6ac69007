/**
 * Small fetch wrapper for the Kretslopp API (same origin, /api/v1/...).
 * Adds the bearer token when given and turns error answers, including
 * RFC 9457 problem+json bodies, into an {@link ApiError}.
 */

export interface ProblemDetails {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  [extension: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly title?: string
  readonly detail?: string
  readonly problem?: ProblemDetails

  constructor(status: number, problem?: ProblemDetails, fallbackMessage?: string) {
    super(problem?.detail ?? problem?.title ?? fallbackMessage ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.title = problem?.title
    this.detail = problem?.detail
  }

  /**
   * Field-level messages of a validation problem as the server wrote them, keyed by JSON path (e.g.
   * "address.postalCode"). Forms show `forms/fieldErrors` texts instead, chosen by each error's code.
   */
  get fieldErrors(): Record<string, string> {
    const errors = this.problem?.errors
    const result: Record<string, string> = {}
    if (Array.isArray(errors)) {
      for (const e of errors as { field?: unknown; message?: unknown }[]) {
        if (typeof e?.field === 'string' && typeof e.message === 'string') {
          result[e.field] = result[e.field] ? `${result[e.field]}; ${e.message}` : e.message
        }
      }
    }
    return result
  }
}

/** Raised when the server could not be reached at all (status 0). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'NetworkError'
  }
}

export interface ApiRequestOptions extends Omit<RequestInit, 'headers'> {
  accessToken?: string
  headers?: Record<string, string>
}

const writeListeners = new Set<() => void>()

/** Calls `listener` after every successful write (POST, PUT, PATCH, DELETE); returns the unsubscribe function. */
export function onApiWrite(listener: () => void): () => void {
  writeListeners.add(listener)
  return () => {
    writeListeners.delete(listener)
  }
}

const refusedTokenListeners = new Set<(accessToken: string) => void>()

/**
 * Calls `listener` with the token of every request the server answered 401 (the token expired, or the server no
 * longer accepts it); returns the unsubscribe function. The sign-in (AuthProvider) listens and signs the person out.
 */
export function onTokenRefused(listener: (accessToken: string) => void): () => void {
  refusedTokenListeners.add(listener)
  return () => {
    refusedTokenListeners.delete(listener)
  }
}

/** Tells the listeners of {@link onApiWrite} that a write succeeded (for writes that do not go through fetch). */
export function notifyApiWrite() {
  writeListeners.forEach((listener) => listener())
}

/** The page's language (i18n keeps `<html lang>` current), for Accept-Language: problem details come back in it. */
export function pageLanguage(): string {
  return typeof document !== 'undefined' ? document.documentElement.lang : ''
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  const contentType = response.headers.get('content-type') ?? ''
  try {
    if (contentType.includes('json')) {
      const body: unknown = await response.json()
      if (body && typeof body === 'object') return body as ProblemDetails
      return undefined
    }
    const text = (await response.text()).trim()
    return text ? { detail: text.slice(0, 500) } : undefined
  } catch {
    return undefined
  }
}

async function send(path: string, options: ApiRequestOptions, accept: string): Promise<Response> {
  const { accessToken, headers = {}, ...init } = options
  const language = pageLanguage()
  const requestHeaders: Record<string, string> = { Accept: accept, ...(language ? { 'Accept-Language': language } : {}), ...headers }
  if (accessToken) requestHeaders.Authorization = `Bearer ${accessToken}`

  let response: Response
  try {
    response = await fetch(path, { ...init, headers: requestHeaders })
  } catch (cause) {
    throw new NetworkError(cause)
  }
  if (!response.ok) {
    if (response.status === 401 && accessToken) refusedTokenListeners.forEach((listener) => listener(accessToken))
    throw new ApiError(response.status, await readProblem(response), response.statusText)
  }
  const method = (init.method ?? 'GET').toUpperCase()
  if (method !== 'GET' && method !== 'HEAD') notifyApiWrite()
  return response
}

export async function apiFetch<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json, application/problem+json')
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

/** Like {@link apiFetch}, with the answer's `ETag` (for an `If-Match` on the next write). */
export async function apiFetchTagged<T>(path: string, options: ApiRequestOptions = {}): Promise<{ data: T; etag: string | null }> {
  const response = await send(path, options, 'application/json, application/problem+json')
  return { data: (await response.json()) as T, etag: response.headers.get('etag') }
}

/** Sends a JSON body (POST, PUT ...) and reads a JSON answer. */
export function apiSend<T>(path: string, method: string, body: unknown, options: ApiRequestOptions = {}): Promise<T> {
  return apiFetch<T>(path, {
    ...options,
    method,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...options.headers },
  })
}

/** Fetches a file (photo, export) with the token, for object URLs and downloads. */
export async function apiBlob(path: string, options: ApiRequestOptions = {}): Promise<{ blob: Blob; filename?: string }> {
  const response = await send(path, options, '*/*')
  const disposition = response.headers.get('content-disposition') ?? ''
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)
  return { blob: await response.blob(), filename: match ? decodeURIComponent(match[1]) : undefined }
}
