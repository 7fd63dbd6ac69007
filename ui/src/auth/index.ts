export { AuthProvider } from './AuthProvider'
export { useAuth } from './context'
export type { AuthState, AuthError } from './context'
