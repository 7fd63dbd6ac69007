import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../../test/render'
import { server } from '../../test/server'
import { anna, descriptionOf, signedInHandlers } from '../../test/signedIn'
import { codeFromText, receiptTokenFromText } from './labelCode'

const LAZY = { timeout: 10_000 }

/** A receipt token as the service makes them: HMAC-SHA256 in base64url, 43 characters. */
const TOKEN = 'q3Xb_9Zk-4mWcT0aR7yLpE2sVn8uJhGfD1oKiBxYzQw'
const RECEIPT_URL = `https://kretslopp.example.org/kvitto/${TOKEN}`

/** What the camera reads next: the fake reader below hands it to the scanner's callback. */
const camera = vi.hoisted(() => ({ text: '', stopped: 0 }))

vi.mock('@zxing/browser', () => ({
  BrowserQRCodeReader: class {
    decodeFromConstraints(_constraints: unknown, _video: unknown, callback: (result: unknown, error: unknown, controls: unknown) => void) {
      const controls = { stop: () => void camera.stopped++ }
      setTimeout(() => callback({ getText: () => camera.text }, undefined, controls), 0)
      return Promise.resolve(controls)
    }
  },
}))

describe('reading a scanned or typed text', () => {
  it('tells a delivery note\'s receipt address from a lot label', () => {
    expect(receiptTokenFromText(RECEIPT_URL)).toBe(TOKEN)
    expect(receiptTokenFromText(` ${RECEIPT_URL}/ `)).toBe(TOKEN)
    expect(receiptTokenFromText(`https://kretslopp.example.org/kvitto/${TOKEN.slice(1)}`)).toBeNull()
    expect(receiptTokenFromText('https://kretslopp.example.org/lager/kod/K7-2Q9X')).toBeNull()
    expect(receiptTokenFromText('K7-2Q9X')).toBeNull()
    expect(codeFromText(RECEIPT_URL)).toBeNull()
  })
})

describe('the scan page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    camera.text = ''
    camera.stopped = 0
  })

  it('opens the receipt page when a delivery note\'s address is typed in', async () => {
    server.use(...signedInHandlers(['storage-operator']))
    const { router } = renderApp('/lager/skanna', anna)
    await userEvent.type(await screen.findByTestId('scan-code-input', {}, LAZY), RECEIPT_URL)
    await userEvent.click(screen.getByTestId('scan-code-submit'))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/kvitto/${TOKEN}`))
    expect(await screen.findByTestId('receipt-confirm', {}, LAZY)).toBeTruthy()
  })

  it('still opens a lot by its label, and refuses text that is neither', async () => {
    server.use(...signedInHandlers(['storage-operator']))
    const { router } = renderApp('/lager/skanna', anna)
    const input = await screen.findByTestId('scan-code-input', {}, LAZY)
    await userEvent.type(input, `https://kretslopp.example.org/kvitto/${TOKEN.slice(3)}!`)
    await userEvent.click(screen.getByTestId('scan-code-submit'))
    await waitFor(() => expect(descriptionOf(input)).toContain('Ange koden som den står på etiketten'))
    expect(router.state.location.pathname).toBe('/lager/skanna')

    await userEvent.clear(input)
    await userEvent.type(input, 'https://kretslopp.example.org/lager/kod/K7-2Q9X')
    await userEvent.click(screen.getByTestId('scan-code-submit'))
    await waitFor(() => expect(router.state.location.pathname).toBe('/lager/kod/K7-2Q9X'))
  })

  it('opens the receipt page when the camera reads a delivery note\'s QR code', async () => {
    // jsdom has no camera: a secure context with a media API, and the fake reader above
    vi.stubGlobal('isSecureContext', true)
    vi.stubGlobal('navigator', { ...navigator, mediaDevices: { getUserMedia: () => Promise.reject(new Error('not used')) } })
    camera.text = RECEIPT_URL
    server.use(...signedInHandlers(['storage-operator']))
    const { router } = renderApp('/lager/skanna', anna)
    await waitFor(() => expect(router.state.location.pathname).toBe(`/kvitto/${TOKEN}`), LAZY)
    expect(camera.stopped).toBe(1)
    expect(await screen.findByTestId('receipt-confirm', {}, LAZY)).toBeTruthy()
  })
})
