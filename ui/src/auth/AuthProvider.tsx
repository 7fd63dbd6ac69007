import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { User, UserManager } from 'oidc-client-ts'
import { loadUiConfig } from '../api'
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
        const valid = signedIn && !signedIn.expired ? signedIn : null
        setUser(valid)
        setStatus(valid ? 'authenticated' : 'anonymous')
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
    userManager.events.addUserLoaded(onLoaded)
    userManager.events.addUserUnloaded(onUnloaded)
    userManager.events.addAccessTokenExpired(onUnloaded)
    return () => {
      userManager.events.removeUserLoaded(onLoaded)
      userManager.events.removeUserUnloaded(onUnloaded)
      userManager.events.removeAccessTokenExpired(onUnloaded)
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

  const value = useMemo<AuthState>(
    () => ({ status, user, error, login, logout }),
    [status, user, error, login, logout],
  )
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}
