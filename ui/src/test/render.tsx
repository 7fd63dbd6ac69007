import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createQueryClient } from '../api'
import { AuthContext, type AuthState } from '../auth/context'
import { flushRouterUpdate } from '../router'
import { routes } from '../router/routes'

/** An anonymous visitor (no token): search, public listings and the climate method are open to them. */
export const anonymous: AuthState = {
  status: 'anonymous',
  user: null,
  login: () => Promise.resolve(),
  logout: () => Promise.resolve(),
  continueAnonymously: () => undefined,
}

/** `children` as `auth` sees them, with a query cache of their own. */
export function withAuth(children: ReactNode, auth: AuthState = anonymous) {
  return (
    <AuthContext.Provider value={auth}>
      <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>
    </AuthContext.Provider>
  )
}

/** The whole UI at `path` (its real routes, in memory), as `auth` sees it; returns the router to navigate with. */
export function renderApp(path: string, auth: AuthState = anonymous) {
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const result = render(withAuth(<RouterProvider router={router} flushSync={flushRouterUpdate} />, auth))
  return { router, ...result }
}
