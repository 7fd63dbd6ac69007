import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Photo } from '../../api'
import { AuthImage } from '../../components/AuthImage'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useErrorText } from '../../components/LoadError'
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
  const [photos, setPhotos] = useState<Photo[]>([])
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()

  useEffect(() => {
    if (!itemId) return
    let cancelled = false
    api.photos(itemId).then((loaded) => !cancelled && setPhotos(loaded), (error: unknown) => !cancelled && setFailure(error))
    return () => {
      cancelled = true
    }
  }, [api, itemId])

  async function choose(files: File[]) {
    setFailure(undefined)
    if (!itemId) {
      onQueue([...queued, ...files])
      return
    }
    setBusy(true)
    try {
      for (const file of files) {
        const photo = await api.uploadPhoto(itemId, file)
        setPhotos((old) => [...old, photo])
      }
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
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
      {busy && <p role="status">{t('item.uploading')}</p>}
      {failure !== undefined && <ErrorMessage {...errorText(failure, 'errors.save')} />}
    </fieldset>
  )
}
