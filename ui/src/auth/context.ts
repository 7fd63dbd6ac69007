import { createContext, useContext } from 'react'
import type { User } from 'oidc-client-ts'

export interface AuthError {
  /** i18n key of the user-facing message. */
  messageKey: string
  /** Technical detail (from the identity provider or the network), shown as is. */
  detail?: string
}

export interface AuthState {
  status: 'loading' | 'anonymous' | 'authenticated' | 'error'
  user: User | null
  error?: AuthError
  login: () => Promise<void>
  logout: () => Promise<void>
}

export const AuthContext = createContext<AuthState | undefined>(undefined)

export function useAuth(): AuthState {
  const state = useContext(AuthContext)
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>')
  return state
}
