import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from './App'
import { AuthContext, type AuthState } from './auth/context'
import { anonymous } from './test/render'

const LAZY = { timeout: 10_000 }

describe('app', () => {
  it('opens the page the person signed in from, which the sign-in puts in the address after the provider answers', async () => {
    // The identity provider's answer arrives at the start page ...
    window.history.replaceState(null, '', '/?state=s1&code=c1')
    const loading: AuthState = { ...anonymous, status: 'loading' }
    const { rerender } = render(
      <AuthContext.Provider value={loading}>
        <App />
      </AuthContext.Provider>,
    )
    // ... and AuthProvider, having handled it, goes back to the invitation link before the sign-in settles.
    window.history.replaceState(null, '', '/joining/invitation?token=t1')
    rerender(
      <AuthContext.Provider value={anonymous}>
        <App />
      </AuthContext.Provider>,
    )
    expect(await screen.findByTestId('invitation-page', {}, LAZY)).toBeTruthy()
    expect(screen.queryByTestId('landing')).toBeNull()
  })
})
