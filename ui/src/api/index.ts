import { apiFetch } from './client'
import type { Me, UiConfig } from './types'

export { ApiError, NetworkError, apiFetch } from './client'
export type { ProblemDetails } from './client'
export type { Me, UiConfig, Role } from './types'

export function fetchUiConfig(): Promise<UiConfig> {
  return apiFetch<UiConfig>('/api/v1/ui-config')
}

export function fetchMe(accessToken: string): Promise<Me> {
  return apiFetch<Me>('/api/v1/me', { accessToken })
}
export { apiSend, apiBlob } from './client'
export * from './inventory'
