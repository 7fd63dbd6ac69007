/**
 * The lot code in a scanned or typed text: labels hold `<public-url>/lager/kod/<CODE>`; a bare code is taken as
 * it is (the server ignores case, spaces and dashes). null when the text is neither.
 */
export function codeFromText(value: string): string | null {
  const trimmed = value.trim()
  const match = /\/lager\/kod\/([^/?#\s]+)\/?(?:[?#].*)?$/i.exec(trimmed)
  if (match) {
    try {
      return decodeURIComponent(match[1])
    } catch {
      return match[1]
    }
  }
  return /^[A-Za-z0-9][A-Za-z0-9 -]{0,63}$/.test(trimmed) ? trimmed : null
}

/**
 * The receipt token in a delivery note's QR code, `<public-url>/kvitto/<token>` (docs/deliveries.md): 43
 * characters of base64url. null for any other text, a lot label's address or code included.
 */
export function receiptTokenFromText(value: string): string | null {
  const match = /\/kvitto\/([A-Za-z0-9_-]{43})\/?(?:[?#].*)?$/.exec(value.trim())
  return match ? match[1] : null
}
