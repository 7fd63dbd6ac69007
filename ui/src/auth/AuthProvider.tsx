import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { User, UserManager } from 'oidc-client-ts'
import { loadUiConfig, onTokenRefused } from '../api'
import { completeSignin, createUserManager, isSigninCallback } from './oidc'
import { AuthContext, type AuthError, type AuthState } from './context'

function describe(error: unknown): string | undefined {
  if (error instanceof Error) return error.message
  return error === undefined ? undefined : String(error)
}

/** Goes back, without a new history entry, to the same-origin path kept in the sign-in state. */
function returnTo(state: unknown) {
  if (typeof state === 'string' && state.startsWith('/') && !state.startsWith('//') && state !== '/') {
    window.history.replaceState(null, '', state)
  }
}

/** A new token for an expired one by its refresh token, while the identity provider's session lasts; null if not. */
async function renew(manager: UserManager, expired: User): Promise<User | null> {
  if (!expired.refresh_token) return null
  try {
    return await manager.signinSilent()
  } catch {
    return null
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [userManager, setUserManager] = useState<UserManager>()
  const [user, setUser] = useState<User | null>(null)
  const [status, setStatus] = useState<AuthState['status']>('loading')
  const [error, setError] = useState<AuthError>()

  useEffect(() => {
    let cancelled = false

    async function start() {
      let manager: UserManager
      try {
        manager = createUserManager(await loadUiConfig())
      } catch (e) {
        if (!cancelled) {
          setError({ messageKey: 'errors.config', detail: describe(e) })
          setStatus('error')
        }
        return
      }
      if (cancelled) return
      setUserManager(manager)

      try {
        const callback = isSigninCallback()
        const signedIn = callback ? await completeSignin(manager) : await manager.getUser()
        if (cancelled) return
        if (callback) returnTo(signedIn?.state)
        if (signedIn?.expired) {
          // A reload after the token ran out (a laptop that slept): renewed quietly while the identity provider's
          // session lasts, else the page says the sign-in has expired, rather than greeting a stranger.
          const renewed = await renew(manager, signedIn)
          if (cancelled) return
          if (!renewed) await manager.removeUser().catch(() => undefined)
          if (cancelled) return
          setUser(renewed)
          setStatus(renewed ? 'authenticated' : 'expired')
          return
        }
        setUser(signedIn)
        setStatus(signedIn ? 'authenticated' : 'anonymous')
      } catch (e) {
        if (!cancelled) {
          setError({ messageKey: 'errors.login', detail: describe(e) })
          setStatus('error')
        }
      }
    }

    void start()
    return () => {
      cancelled = true
    }
  }, [])

  // The token the API was last given, to tell a refusal of the current sign-in from a late answer to an older one.
  const token = useRef<string | undefined>(undefined)
  useEffect(() => {
    token.current = user?.access_token
  }, [user])

  useEffect(() => {
    if (!userManager) return
    const onLoaded = (loaded: User) => {
      setUser(loaded)
      setStatus('authenticated')
    }
    const onUnloaded = () => {
      setUser(null)
      setStatus('anonymous')
    }
    // The token ran out and the silent renewal did not replace it, or the server refused it: signed out here as
    // well (the header no longer shows a signed-in person), and the page offers to sign in again.
    const onExpired = () => {
      token.current = undefined
      void userManager
        .removeUser()
        .catch(() => undefined)
        .then(() => {
          setUser(null)
          setStatus('expired')
        })
    }
    const onRefused = (refused: string) => {
      if (refused === token.current) onExpired()
    }
    userManager.events.addUserLoaded(onLoaded)
    userManager.events.addUserUnloaded(onUnloaded)
    userManager.events.addAccessTokenExpired(onExpired)
    const stopListening = onTokenRefused(onRefused)
    return () => {
      userManager.events.removeUserLoaded(onLoaded)
      userManager.events.removeUserUnloaded(onUnloaded)
      userManager.events.removeAccessTokenExpired(onExpired)
      stopListening()
    }
  }, [userManager])

  const login = useCallback(async () => {
    if (!userManager) return
    try {
      // Back to the page the person was on (the identity provider returns to the start page).
      await userManager.signinRedirect({ state: window.location.pathname + window.location.search })
    } catch (e) {
      // The redirect fails before the page is left only when the identity provider does not answer (its
      // discovery document is fetched first): say so, rather than that the sign-in itself failed.
      setError({ messageKey: 'errors.loginUnavailable', detail: describe(e) })
      setStatus('error')
    }
  }, [userManager])

  const logout = useCallback(async () => {
    if (!userManager) return
    try {
      await userManager.signoutRedirect()
    } catch (e) {
      // The identity provider may be unreachable: at least forget the session locally.
      await userManager.removeUser().catch(() => undefined)
      setError({ messageKey: 'errors.logout', detail: describe(e) })
      setStatus('error')
    }
  }, [userManager])

  const continueAnonymously = useCallback(() => setStatus((now) => (now === 'expired' ? 'anonymous' : now)), [])

  const value = useMemo<AuthState>(
    () => ({ status, user, error, login, logout, continueAnonymously }),
    [status, user, error, login, logout, continueAnonymously],
  )
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}
