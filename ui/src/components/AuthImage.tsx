import { useEffect, useState } from 'react'
import { useSession } from '../session'

interface Props {
  url: string
  alt: string
  className?: string
}

/**
 * A photo from the API. Signed in, it is fetched with the bearer token (an <img src> cannot send one) and shown
 * from an object URL; anonymous, the browser asks for it plainly and an empty frame stands in if it is refused.
 */
export function AuthImage({ url, alt, className = 'thumb__img' }: Props) {
  const { api, signedIn } = useSession()
  const [src, setSrc] = useState<string>()
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    setFailed(false)
    if (!signedIn) {
      setSrc(url)
      return
    }
    setSrc(undefined)
    let objectUrl: string | undefined
    let cancelled = false
    api.photoBlob(url).then(
      ({ blob }) => {
        if (cancelled) return
        objectUrl = URL.createObjectURL(blob)
        setSrc(objectUrl)
      },
      () => !cancelled && setFailed(true),
    )
    return () => {
      cancelled = true
      if (objectUrl) URL.revokeObjectURL(objectUrl)
    }
  }, [api, signedIn, url])
  return src && !failed ? (
    <img className={className} src={src} alt={alt} onError={() => setFailed(true)} />
  ) : (
    <span className={`${className} thumb__img--empty`} role="img" aria-label={alt} />
  )
}
