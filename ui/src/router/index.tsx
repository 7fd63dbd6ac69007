import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react'

/*
 * A small history router: the pages here need only path matching, links and programmatic navigation.
 * Quarkus (Quinoa SPA routing) answers every non-API path with index.html, so deep links work on reload.
 */

const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

function snapshot() {
  return window.location.pathname + window.location.search
}

/** Goes to a path; `keepScroll` for changes within a page (filters in the query string), not to a new page. */
export function navigate(to: string, options: { replace?: boolean; keepScroll?: boolean } = {}) {
  if (to === snapshot()) return
  if (options.replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  if (!options.keepScroll) window.scrollTo(0, 0)
  listeners.forEach((listener) => listener())
}

/** The current path and query string, re-rendering on every navigation. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const current = useSyncExternalStore(subscribe, snapshot)
  const url = new URL(current, window.location.origin)
  return { pathname: url.pathname, search: url.searchParams }
}

/** Matches "/buildings/:id/items/:itemId" against a path; returns the named segments or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const wanted = pattern.split('/').filter(Boolean)
  const actual = pathname.replace(/\/+$/, '').split('/').filter(Boolean)
  if (wanted.length !== actual.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < wanted.length; i++) {
    if (wanted[i].startsWith(':')) params[wanted[i].slice(1)] = decodeURIComponent(actual[i])
    else if (wanted[i] !== actual[i]) return null
  }
  return params
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }

export function Link({ to, onClick, ...rest }: LinkProps) {
  function handle(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event)
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return
    }
    event.preventDefault()
    navigate(to)
  }
  // The text of the link comes in through `children` (in rest).
  // eslint-disable-next-line jsx-a11y/anchor-has-content
  return <a href={to} onClick={handle} {...rest} />
}
