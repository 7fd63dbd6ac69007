import { ApiError, NetworkError, notifyApiWrite, pageLanguage, type ProblemDetails } from './client'

/**
 * Uploads a file as the multipart form field `file`, reporting how much is sent. fetch cannot report upload
 * progress, so this is XMLHttpRequest; the answer is read as {@link apiFetch} reads it (a problem answer becomes an
 * {@link ApiError}, no answer a {@link NetworkError}). Aborting `signal` cancels the upload and rejects with an
 * `AbortError` ({@link isAbort}).
 */
export interface UploadOptions {
  accessToken?: string
  signal?: AbortSignal
  /** Called with the share sent so far, 0 to 1. */
  onProgress?: (share: number) => void
}

export function uploadFile<T>(path: string, file: File, { accessToken, signal, onProgress }: UploadOptions = {}): Promise<T> {
  const body = new FormData()
  body.append('file', file)
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'))
      return
    }
    const request = new XMLHttpRequest()
    request.open('POST', path)
    request.setRequestHeader('Accept', 'application/json, application/problem+json')
    const language = pageLanguage()
    if (language) request.setRequestHeader('Accept-Language', language)
    if (accessToken) request.setRequestHeader('Authorization', `Bearer ${accessToken}`)
    let settled = false
    const cancelled = () => {
      if (settled) return
      settled = true
      reject(new DOMException('The upload was cancelled.', 'AbortError'))
    }
    // Reject at once rather than wait for the request's own abort event, which not every XMLHttpRequest sends.
    const abort = () => {
      request.abort()
      cancelled()
    }
    signal?.addEventListener('abort', abort)
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total)
    })
    request.addEventListener('loadend', () => signal?.removeEventListener('abort', abort))
    request.addEventListener('abort', cancelled)
    request.addEventListener('error', () => {
      if (settled) return
      settled = true
      reject(new NetworkError(new Error('The upload failed: no answer.')))
    })
    request.addEventListener('load', () => {
      if (settled) return
      settled = true
      const text = request.responseText
      const contentType = request.getResponseHeader('content-type') ?? ''
      let json: unknown
      try {
        json = text && contentType.includes('json') ? JSON.parse(text) : undefined
      } catch {
        json = undefined
      }
      if (request.status < 200 || request.status >= 300) {
        const problem = json && typeof json === 'object' ? (json as ProblemDetails) : text.trim() ? { detail: text.trim().slice(0, 500) } : undefined
        reject(new ApiError(request.status, problem, request.statusText))
        return
      }
      notifyApiWrite()
      resolve(json as T)
    })
    request.send(body)
  })
}

/** Whether `error` is the rejection of a cancelled upload or request. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}
