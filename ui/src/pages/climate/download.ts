/** Saves a downloaded file under the name the server gave (else the fallback). */
export function save({ blob, filename }: { blob: Blob; filename?: string }, fallback: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename ?? fallback
  a.click()
  URL.revokeObjectURL(url)
}
