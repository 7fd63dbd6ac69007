import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { createQueryClient, onApiWrite } from './api'
import { useAuth } from './auth'
import { RouterProvider } from 'react-router'
import { createAppRouter, flushRouterUpdate } from './router'

export function App() {
  const [router] = useState(createAppRouter)
  const [queryClient] = useState(createQueryClient)
  const subject = useAuth().user?.profile.sub

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
