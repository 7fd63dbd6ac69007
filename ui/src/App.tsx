import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createQueryClient, onApiWrite } from './api'
import { useAuth } from './auth'
import { RouterProvider } from 'react-router'
import { createAppRouter, flushRouterUpdate } from './router'
import { prefetchEntryData } from './router/entryPage'

/**
 * The router reads the address when it is made, so it is made once the sign-in has settled: coming back from the
 * identity provider, AuthProvider first puts the address of the page the person signed in from (an invitation
 * link, say) in place of the provider's answer, and a router made before would stay on the start page.
 */
export function App() {
  const { status } = useAuth()
  return status === 'loading' ? <SigningIn /> : <RoutedApp />
}

function SigningIn() {
  const { t } = useTranslation()
  return (
    <main id="main" className="main">
      <section className="card" aria-busy="true">
        <p role="status">{t('app.loading')}</p>
      </section>
    </main>
  )
}

function RoutedApp() {
  const [router] = useState(createAppRouter)
  const { user } = useAuth()
  const [queryClient] = useState(() => {
    const client = createQueryClient()
    prefetchEntryData(client, user?.access_token ?? '')
    return client
  })
  const subject = user?.profile.sub

  // What one user was shown is not shown to the next (another sign-in in the same tab).
  useEffect(() => () => queryClient.clear(), [queryClient, subject])

  // After a write, answers no page shows are dropped (the next page that needs one loads it afresh) and the
  // others are marked stale; the page that wrote reloads what it shows, as it did before.
  useEffect(
    () =>
      onApiWrite(() => {
        queryClient.removeQueries({ type: 'inactive' })
        void queryClient.invalidateQueries({ refetchType: 'none' })
      }),
    [queryClient],
  )

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} flushSync={flushRouterUpdate} />
    </QueryClientProvider>
  )
}
