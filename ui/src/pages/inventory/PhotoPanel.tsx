import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isAbort, type Photo } from '../../api'
import { AuthImage } from '../../components/AuthImage'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useErrorText } from '../../components/LoadError'
import { fieldMessagesOf } from '../../forms'
import { useSession } from '../../session'

/** A local file chosen before the item exists, previewed from memory. */
function LocalThumbnail({ file, alt }: { file: File; alt: string }) {
  const [src, setSrc] = useState<string>()
  useEffect(() => {
    const url = URL.createObjectURL(file)
    setSrc(url)
    return () => URL.revokeObjectURL(url)
  }, [file])
  return src ? <img className="thumb__img" src={src} alt={alt} /> : null
}

interface Props {
  itemName: string
  editable: boolean
  /** Saved item or listing: photos are uploaded and deleted at once. Without it, files are queued until it is saved. */
  itemId?: string
  /** Whose photos: an inventory item's (default), a listing's or a storage lot's. */
  owner?: 'item' | 'listing' | 'lot'
  queued: File[]
  onQueue: (files: File[]) => void
}

/** The upload under way: which file of how many, and the share of it sent. */
interface Upload {
  name: string
  index: number
  count: number
  share: number
}

export function PhotoPanel({ itemId, owner = 'item', itemName, editable, queued, onQueue }: Props) {
  const { t } = useTranslation()
  const { api: inventory, listings, storage } = useSession()
  const api = useMemo(
    () =>
      owner === 'listing'
        ? { ...inventory, photos: listings.photos, uploadPhoto: listings.uploadPhoto }
        : owner === 'lot'
          ? { ...inventory, photos: storage.photos, uploadPhoto: storage.uploadPhoto }
          : inventory,
    [owner, inventory, listings, storage],
  )
  const errorText = useErrorText()
  const queryClient = useQueryClient()
  const key = ['PhotoPanel.photos', owner, itemId]
  const photosQuery = useQuery({ queryKey: key, queryFn: () => api.photos(itemId!), enabled: itemId !== undefined })
  const photos = photosQuery.data ?? []
  const [upload, setUpload] = useState<Upload>()
  const [cancelled, setCancelled] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const uploadAbort = useRef<AbortController>(undefined)
  const setPhotos = (change: (old: Photo[]) => Photo[]) => queryClient.setQueryData<Photo[]>(key, (old) => change(old ?? []))

  // Leaving the page cancels an upload under way.
  useEffect(() => () => uploadAbort.current?.abort(), [])

  async function choose(files: File[]) {
    setFailure(undefined)
    setCancelled(false)
    if (!itemId) {
      onQueue([...queued, ...files])
      return
    }
    const abort = new AbortController()
    uploadAbort.current = abort
    try {
      for (const [index, file] of files.entries()) {
        setUpload({ name: file.name, index: index + 1, count: files.length, share: 0 })
        const photo = await api.uploadPhoto(itemId, file, {
          signal: abort.signal,
          onProgress: (share) => setUpload((old) => old && { ...old, share }),
        })
        setPhotos((old) => [...old, photo])
      }
    } catch (error) {
      if (isAbort(error)) setCancelled(true)
      else setFailure(error)
    } finally {
      uploadAbort.current = undefined
      setUpload(undefined)
    }
  }

  async function remove(photo: Photo) {
    setFailure(undefined)
    try {
      await api.deletePhoto(photo.id)
      setPhotos((old) => old.filter((p) => p.id !== photo.id))
    } catch (error) {
      setFailure(error)
    }
  }

  const shown = failure ?? (photosQuery.isError ? photosQuery.error : undefined)
  let n = 0
  return (
    <fieldset className="fieldset" data-testid="item-photos">
      <legend>{t('item.photos')}</legend>
      <ul className="thumbs">
        {photos.map((photo) => (
          <li key={photo.id} className="thumb" data-testid="photo-thumb">
            <AuthImage url={photo.thumbnailUrl} alt={t('item.photoAlt', { n: ++n, name: itemName })} />
            {editable && (
              <button type="button" className="button button--secondary button--small" onClick={() => void remove(photo)} data-testid="photo-delete">
                {t('item.deletePhoto')}
              </button>
            )}
          </li>
        ))}
        {queued.map((file, index) => (
          <li key={`${file.name}-${index}`} className="thumb" data-testid="photo-queued">
            <LocalThumbnail file={file} alt={t('item.photoAlt', { n: ++n, name: itemName })} />
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onQueue(queued.filter((_, i) => i !== index))}
            >
              {t('item.deletePhoto')}
            </button>
          </li>
        ))}
      </ul>
      {editable && (
        <label className="button button--secondary upload">
          {t('item.addPhoto')}
          <input
            className="visually-hidden"
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            data-testid="item-photo-input"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? [])
              e.target.value = ''
              if (files.length) void choose(files)
            }}
          />
        </label>
      )}
      {!itemId && queued.length > 0 && <p className="field__hint">{t('item.photosAfterSave')}</p>}
      {upload && (
        <div className="upload-progress" data-testid="photo-upload">
          <p role="status">
            {t('forms.upload.progress', {
              name: upload.name,
              index: upload.index,
              count: upload.count,
              percent: Math.round(upload.share * 100),
            })}
          </p>
          <progress max={100} value={Math.round(upload.share * 100)} aria-label={t('item.uploading')} />{' '}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => uploadAbort.current?.abort()}
            data-testid="photo-upload-cancel"
          >
            {t('forms.upload.cancel')}
          </button>
        </div>
      )}
      {cancelled && <p role="status">{t('forms.upload.cancelled')}</p>}
      {shown !== undefined && shown !== null && (
        // the file's own error (too large, not an image) in the page's language, in place of the server's detail
        <ErrorMessage {...errorText(shown, 'errors.save')} {...(fieldMessagesOf(shown).file ? { detail: fieldMessagesOf(shown).file } : {})} />
      )}
    </fieldset>
  )
}
