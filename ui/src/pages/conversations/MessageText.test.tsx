import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LINK_REL, linkParts, MessageText } from './MessageText'

describe('a message’s text', () => {
  it('is shown as text: markup stays visible characters and adds no elements', () => {
    const text = '<b>fet</b> <img src=x onerror="alert(1)"> <script>alert(2)</script> &amp;'
    const { container } = render(<MessageText text={text} />)
    const p = container.querySelector('[data-testid="message-text"]') as HTMLElement
    expect(p.textContent).toBe(text)
    expect(p.querySelectorAll('*')).toHaveLength(0)
  })

  it('turns http and https addresses into safe links that open in a new tab', () => {
    const { container } = render(<MessageText text={'Se https://example.org/dörr?a=1&b=2. Eller http://kalmar.se, tack!'} />)
    const links = Array.from(container.querySelectorAll('a'))
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/dörr?a=1&b=2', 'http://kalmar.se'])
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe(LINK_REL)
      expect(a.getAttribute('target')).toBe('_blank')
    }
    expect(container.textContent).toBe('Se https://example.org/dörr?a=1&b=2. Eller http://kalmar.se, tack!')
  })

  it('leaves every other scheme as text', () => {
    const text = 'javascript:alert(1) data:text/html,<b>x</b> ftp://example.org mailto:a@example.org vbscript:x'
    const { container } = render(<MessageText text={text} />)
    expect(container.querySelectorAll('a')).toHaveLength(0)
    expect(container.textContent).toBe(text)
  })

  it('does not let a quote or angle bracket end up inside an address', () => {
    expect(linkParts('https://example.org/"onmouseover="x')).toEqual([{ url: 'https://example.org/' }, { text: '"onmouseover="x' }])
    expect(linkParts('<https://example.org/a>')).toEqual([{ text: '<' }, { url: 'https://example.org/a' }, { text: '>' }])
  })

  it('keeps line breaks as they were written', () => {
    const { container } = render(<MessageText text={'rad ett\nrad två'} />)
    expect(container.textContent).toBe('rad ett\nrad två')
  })
})
