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
