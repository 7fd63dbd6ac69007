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

export async function apiFetch<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const { accessToken, headers = {}, ...init } = options
  const requestHeaders: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...headers,
  }
  if (accessToken) requestHeaders.Authorization = `Bearer ${accessToken}`

  let response: Response
  try {
    response = await fetch(path, { ...init, headers: requestHeaders })
  } catch (cause) {
    throw new NetworkError(cause)
  }

  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response), response.statusText)
  }
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}
