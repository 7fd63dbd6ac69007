import { flushSync } from 'react-dom'
import { createBrowserRouter } from 'react-router'
import { routes } from './routes'

export { routes } from './routes'

/**
 * The UI's router (React Router's data router over the browser's history). Quarkus (Quinoa SPA routing) answers
 * every non-API path with index.html, so deep links work on reload.
 */
export function createAppRouter() {
  return createBrowserRouter(routes)
}

/**
 * React DOM's flushSync as RouterProvider takes it: navigations with { flushSync: true } (the search filters) update
 * the page in the same event, so a radio button controlled by the address shows as checked when the click returns.
 */
export function flushRouterUpdate(fn: () => unknown): undefined {
  flushSync(fn)
}
