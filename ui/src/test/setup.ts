import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { loadTexts, TEXT_GROUPS } from '../i18n'
import { server } from './server'

/*
 * Every test file: the Swedish texts, every feature group's too (the routes fetch them with their pages), the network answered by MSW (an unhandled request fails the
 * test), and relative URLs ("/api/v1/...") resolved against the page's origin as a browser does, since Node's
 * fetch wants absolute ones.
 */
await loadTexts(TEXT_GROUPS)

const nodeFetch = globalThis.fetch
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  nodeFetch(typeof input === 'string' ? new URL(input, window.location.origin) : input, init)

// jsdom has no layout: React Router's scroll restoration may call scrollTo, which does nothing here.
window.scrollTo = () => undefined

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  window.history.replaceState(null, '', '/')
})
afterAll(() => server.close())
