/*
 * After a navigation to another page, the keyboard and screen-reader user should land on the new page's main
 * heading, not stay on the link that was followed (WCAG 2.4.3). Pages render their <h1> once their data is there,
 * so this waits for it (a few seconds at most), then focuses it; without one, the <main> element takes the focus.
 */
const WAIT_MS = 8000

/** Moves the focus to the first <h1> inside `main` as soon as there is one; returns a function that stops waiting. */
export function focusMainHeading(main: HTMLElement): () => void {
  const heading = () => main.querySelector<HTMLElement>('h1')
  const focus = (target: HTMLElement) => {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    target.focus()
  }
  const now = heading()
  if (now) {
    focus(now)
    return () => undefined
  }
  const observer = new MutationObserver(() => {
    const found = heading()
    if (found) {
      stop()
      focus(found)
    }
  })
  const timer = window.setTimeout(() => {
    stop()
    // Still no heading (a page that failed to load shows an error box): the content itself gets the focus.
    if (!main.contains(document.activeElement)) focus(main)
  }, WAIT_MS)
  function stop() {
    observer.disconnect()
    window.clearTimeout(timer)
  }
  observer.observe(main, { childList: true, subtree: true })
  return stop
}
