import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'
import type { UiConfig } from '../api'

/** Authorization code flow with PKCE (oidc-client-ts default for response_type "code"). */
export function createUserManager(config: UiConfig): UserManager {
  const origin = window.location.origin
  return new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
  })
}

/** True when the current URL is the answer of the identity provider to a sign-in redirect. */
export function isSigninCallback(location: Location = window.location): boolean {
  const params = new URLSearchParams(location.search)
  return params.has('state') && (params.has('code') || params.has('error'))
}

/** Removes the OIDC answer parameters (code, state, session_state, iss, error...) from the address bar. */
export function cleanCallbackUrl(): void {
  const url = new URL(window.location.href)
  for (const name of ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri']) {
    url.searchParams.delete(name)
  }
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
}

// A code can be redeemed only once; React StrictMode runs effects twice in development.
let pendingCallback: Promise<User> | undefined

export function completeSignin(userManager: UserManager): Promise<User> {
  pendingCallback ??= userManager.signinRedirectCallback().finally(cleanCallbackUrl)
  return pendingCallback
}
