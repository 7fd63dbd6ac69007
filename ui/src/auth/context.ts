import { createContext, useContext } from 'react'
import type { User } from 'oidc-client-ts'

export interface AuthError {
  /** i18n key of the user-facing message. */
  messageKey: string
  /** Technical detail (from the identity provider or the network), shown as is. */
  detail?: string
}

export interface AuthState {
  /**
   * `expired`: the person was signed in, but the token ran out (and could not be renewed) or the server refused it
   * (401). They are signed out here too, and the page asks them to sign in again rather than failing again.
   */
  status: 'loading' | 'anonymous' | 'authenticated' | 'expired' | 'error'
  user: User | null
  error?: AuthError
  /** Signs in through the identity provider and comes back to the page it started from. */
  login: () => Promise<void>
  logout: () => Promise<void>
  /** After an expired sign-in: goes on as a visitor (search and public listings need no sign-in). */
  continueAnonymously: () => void
}

export const AuthContext = createContext<AuthState | undefined>(undefined)

export function useAuth(): AuthState {
  const state = useContext(AuthContext)
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>')
  return state
}
