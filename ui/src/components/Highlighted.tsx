import type { ReactNode } from 'react'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/**
 * A search highlight: escaped text in which only <mark> is markup. It is rendered as React text and <mark>
 * elements, never as HTML, so a tag the server failed to escape shows as text instead of running.
 */
export function Highlighted({ html }: { html: string }) {
  const parts: ReactNode[] = []
  let marked = false
  let key = 0
  for (const token of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(token)) marked = true
    else if (/^<\/mark>$/i.test(token)) marked = false
    else if (token) parts.push(marked ? <mark key={key++}>{decode(token)}</mark> : decode(token))
  }
  return <>{parts}</>
}
