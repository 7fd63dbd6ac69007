import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { OBJECT_URL } from '../api'
import { useSession } from '../session'

interface Props {
  url: string
  alt: string
  className?: string
}

/**
 * A photo from the API. Signed in, it is fetched with the bearer token (an <img src> cannot send one) and shown
 * from an object URL, cached as a query (the cache revokes the URL when it drops the query, see `OBJECT_URL`);
 * anonymous, the browser asks for it plainly and an empty frame stands in if it is refused.
 */
export function AuthImage({ url, alt, className = 'thumb__img' }: Props) {
  const { api, signedIn } = useSession()
  const photo = useQuery({
    queryKey: [OBJECT_URL, url],
    queryFn: async () => URL.createObjectURL((await api.photoBlob(url)).blob),
    enabled: signedIn,
    // a photo's bytes never change under its URL
    staleTime: Infinity,
    placeholderData: undefined,
  })
  const src = signedIn ? photo.data : url
  const [failedSrc, setFailedSrc] = useState<string>()
  return src && !photo.isError && failedSrc !== src ? (
    <img className={className} src={src} alt={alt} onError={() => setFailedSrc(src)} />
  ) : (
    <span className={`${className} thumb__img--empty`} role="img" aria-label={alt} />
  )
}
