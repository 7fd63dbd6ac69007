import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient, type Listing } from '../../api'
import { AuthContext } from '../../auth/context'
import { SessionProvider } from '../../session'
import { server } from '../../test/server'
import { anna, descriptionOf, problem, signedInHandlers } from '../../test/signedIn'
import { ReserveDialog } from './ReserveDialog'

const listing = {
  id: 'l1', title: 'Innerdörrar', organisation: { id: 'org-2', code: 'vaxjo', name: 'Växjö kommun' }, unit: 'st',
  quantity: 8, held: 3, available: 5,
} as unknown as Listing

beforeEach(() => {
  // jsdom has no modal dialogs
  HTMLDialogElement.prototype.showModal = vi.fn(function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  })
})

function renderDialog() {
  const onChanged = vi.fn()
  render(
    <AuthContext.Provider value={anna}>
      <QueryClientProvider client={createQueryClient()}>
        <SessionProvider>
          <MemoryRouter>
            <ReserveDialog listing={listing} onClose={() => undefined} onChanged={onChanged} />
          </MemoryRouter>
        </SessionProvider>
      </QueryClientProvider>
    </AuthContext.Provider>,
  )
  return onChanged
}

describe('the reserve dialog', () => {
  it('refuses more than the listing has available before sending, on the field, focused', async () => {
    let posted = 0
    server.use(...signedInHandlers(['builder']), http.post('/api/v1/reservations', () => {
      posted++
      return HttpResponse.json({}, { status: 201 })
    }))
    renderDialog()
    const quantity = screen.getByTestId('reserve-quantity')
    expect((quantity as HTMLInputElement).value).toBe('5')
    await userEvent.clear(quantity)
    await userEvent.type(quantity, '7')
    await userEvent.click(screen.getByTestId('reserve-submit'))
    await waitFor(() => expect(document.activeElement).toBe(quantity))
    expect(descriptionOf(quantity)).toContain('Högst 5 st finns att reservera.')
    expect(posted).toBe(0)
  })

  it('puts the server’s refusal on the quantity in Swedish and loads the listing again after a conflict', async () => {
    server.use(
      ...signedInHandlers(['builder']),
      http.post('/api/v1/reservations', () =>
        problem(409, {
          title: 'Conflict', detail: 'Only 2 st of this listing can be reserved now.',
          errors: [{ field: 'quantity', code: 'ExceedsAvailable', message: 'is more than the listing has available' }],
        }),
      ),
    )
    const onChanged = renderDialog()
    const quantity = screen.getByTestId('reserve-quantity')
    await userEvent.click(screen.getByTestId('reserve-submit'))
    await waitFor(() => expect(document.activeElement).toBe(quantity))
    expect(descriptionOf(quantity)).toContain('Är mer än det finns.')
    expect(onChanged).toHaveBeenCalled()
  })
})
