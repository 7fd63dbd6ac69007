import { apiFetch } from './client'
import type { Me, UiConfig } from './types'

export { ApiError, NetworkError, apiFetch, onApiWrite, onTokenRefused } from './client'
export { createQueryClient, loadable, OBJECT_URL, shouldRetry, type Loadable } from './query'
export type { ProblemDetails } from './client'
export type { Me, UiConfig, Role } from './types'

export function fetchUiConfig(): Promise<UiConfig> {
  return apiFetch<UiConfig>('/api/v1/ui-config')
}

let uiConfig: Promise<UiConfig> | undefined

/** The UI configuration, fetched once per page load (again after a failure). */
export function loadUiConfig(): Promise<UiConfig> {
  uiConfig ??= fetchUiConfig().catch((error: unknown) => {
    uiConfig = undefined
    throw error
  })
  return uiConfig
}

export function fetchMe(accessToken: string): Promise<Me> {
  return apiFetch<Me>('/api/v1/me', { accessToken })
}
export { apiSend, apiBlob } from './client'
export { isAbort, uploadFile, type UploadOptions } from './upload'
export * from './inventory'
export * from './listings'
export * from './storage'
export * from './reservations'
export { ActionKey, isReplayInProgress, newIdempotencyKey, postIdempotent } from './idempotency'
export * from './climate'
export * from './wanted'
