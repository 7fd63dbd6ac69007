import type { ReactNode } from 'react'

/*
 * A message is plain text: it is shown as text (React escapes it), never as markup. Only http and https addresses
 * become links, opened in a new tab without the page's opener or referrer and marked as user content for search
 * engines. Punctuation that ends a sentence is not part of the address.
 */

const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi
const TRAILING = /[.,;:!?)\]}]+$/

export const LINK_REL = 'nofollow noopener noreferrer ugc'

/** The text cut into plain parts and links (only http: and https: URLs that parse). */
export function linkParts(text: string): ({ text: string } | { url: string })[] {
  const parts: ({ text: string } | { url: string })[] = []
  let at = 0
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index
    let url = match[0]
    const trailing = TRAILING.exec(url)
    if (trailing) url = url.slice(0, url.length - trailing[0].length)
    if (!safeUrl(url)) continue
    if (start > at) parts.push({ text: text.slice(at, start) })
    parts.push({ url })
    at = start + url.length
  }
  if (at < text.length) parts.push({ text: text.slice(at) })
  return parts
}

function safeUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== ''
  } catch {
    return false
  }
}

export function MessageText({ text }: { text: string }) {
  const nodes: ReactNode[] = linkParts(text).map((part, i) =>
    'url' in part ? (
      <a key={i} href={part.url} rel={LINK_REL} target="_blank">
        {part.url}
      </a>
    ) : (
      part.text
    ),
  )
  return (
    <p className="message__text" data-testid="message-text">
      {nodes}
    </p>
  )
}
