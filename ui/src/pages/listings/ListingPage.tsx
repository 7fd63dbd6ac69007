import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type Listing, type Photo } from '../../api'
import { AuthImage } from '../../components/AuthImage'
import { SavingsBadge } from '../../components/SavingsBadge'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading } from '../../components/LoadError'
import { Link, useNavigate } from 'react-router'
import { useAuth } from '../../auth'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { formatQuantity, useLocalName } from '../inventory/names'
import { isStale, useListingErrorText } from './errors'
import { today, useListingFormat } from './format'
import { StartThread } from '../conversations/StartThread'
import { ReserveDialog } from './ReserveDialog'
import { CategoryPlaceholder } from '../../components/CategoryPlaceholder'

/** The listing's photos: a large one and thumbnails to switch. Photos that cannot be read are left out quietly. */
function Gallery({ listing }: { listing: Listing }) {
  const { t } = useTranslation()
  const { listings } = useSession()
  const photos: Photo[] =
    useQuery({
      queryKey: ['listing-photos', listing.id, listing.photoCount],
      queryFn: () => listings.photos(listing.id),
      enabled: listing.photoCount > 0,
    }).data ?? []
  const [shown, setShown] = useState(0)
  if (listing.photoCount === 0) {
    return (
      <div className="gallery">
        <CategoryPlaceholder code={listing.category.code} className="gallery__main" />
      </div>
    )
  }
  if (photos.length === 0) return null
  const current = photos[Math.min(shown, photos.length - 1)]
  return (
    <div className="gallery" data-testid="listing-photos">
      <AuthImage url={current.url} alt={t('item.photoAlt', { n: shown + 1, name: listing.title })} className="gallery__main" />
      {photos.length > 1 && (
        <ul className="gallery__thumbs">
          {photos.map((photo, index) => (
            <li key={photo.id}>
              <button type="button" className="gallery__thumb" aria-pressed={index === shown} onClick={() => setShown(index)}>
                <AuthImage url={photo.thumbnailUrl} alt={t('item.photoAlt', { n: index + 1, name: listing.title })} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export function ListingPage({ id }: { id: string }) {
  const { listings } = useSession()
  const stateQuery = useQuery({ queryKey: ['ListingPage.state', id], queryFn: () => listings.get(id) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <ListingView listing={state.data} />
}

function ListingView({ listing: initial }: { listing: Listing }) {
  const navigate = useNavigate()
  const { t, i18n } = useTranslation()
  const { listings, signedIn, me } = useSession()
  const localName = useLocalName()
  const format = useListingFormat()
  const errorText = useListingErrorText()
  const [listing, setListing] = useState(initial)
  const [failure, setFailure] = useState<unknown>()
  const [reserving, setReserving] = useState(false)
  const l = listing
  // A reserved or handed-over listing belongs to its reservation: the service refuses edits and withdrawal (409).
  const changeable = l.editable && l.status !== 'RESERVED' && l.status !== 'HANDED_OVER'
  // Anyone signed in outside the listing's organisation may reserve what is left (the button waits for the profile).
  const canReserve = signedIn && me !== null && me.organisation.id !== l.organisation.id && l.status === 'PUBLISHED' && l.available > 0
  // A visitor sees that it can be reserved, and signs in for it: the sign-in comes back to this listing.
  const { login } = useAuth()
  // a signed-in person of another organisation asks the seller's organisation about the listing
  const canAsk = signedIn && me !== null && me.organisation.id !== l.organisation.id
  const signInToReserve = !signedIn && l.status === 'PUBLISHED' && l.available > 0

  /** After a reservation (or a conflict): held and available have changed. */
  function refresh() {
    listings.get(l.id).then(setListing, () => undefined)
  }

  async function withdraw() {
    if (!window.confirm(t('listing.withdrawConfirm'))) return
    setFailure(undefined)
    try {
      setListing(await listings.withdraw(l.id, l.version))
    } catch (error) {
      setFailure(error)
    }
  }

  const location = l.location
  const address = location
    ? [location.streetAddress, [location.postalCode, location.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    : ''
  const future = l.availableFrom != null && l.availableFrom > today()
  const visibility =
    l.visibility === 'PUBLIC'
      ? t('visibility.PUBLIC')
      : l.publicFrom
        ? t('listing.internalUntil', { date: format.date(l.publicFrom) })
        : t('visibility.INTERNAL')

  const facts: [string, string | null | undefined, string][] = [
    [t('listing.category'), localName(l.category), 'listing-category'],
    [t('listing.material'), l.material, 'listing-material'],
    [t('listing.quantity'), `${formatQuantity(l.quantity, i18n.language)} ${t(`unit.${l.unit}`)}`, 'listing-quantity'],
    [t('listing.held'), typeof l.held === 'number' ? `${formatQuantity(l.held, i18n.language)} ${t(`unit.${l.unit}`)}` : null, 'listing-held'],
    [t('listing.available'), typeof l.available === 'number' ? `${formatQuantity(l.available, i18n.language)} ${t(`unit.${l.unit}`)}` : null, 'listing-available'],
    [t('listing.dimensions'), format.dimensions(l.dimensions), 'listing-dimensions'],
    [t('listing.weightPerUnitKg'), l.weightPerUnitKg != null ? `${format.number(l.weightPerUnitKg, 3)} kg` : null, 'listing-weight'],
    [t('listing.location'), address, 'listing-location'],
    [
      t('listing.position'),
      location?.latitude !== null && location?.latitude !== undefined ? `${location.latitude}, ${location.longitude}` : null,
      'listing-position',
    ],
    [t('listing.availableFrom'), l.availableFrom ? `${format.date(l.availableFrom)}${future ? ` (${t('listing.futureSupply')})` : ''}` : null, 'listing-available-from'],
    [t('listing.visibility'), visibility, 'listing-visibility'],
    [t('listing.organisation'), l.organisation.name, 'listing-organisation'],
    [t('listing.publishedAt'), format.date(l.publishedAt), 'listing-published-at'],
    [t('listing.expiresOn'), format.date(l.expiresOn), 'listing-expires-on'],
  ]

  return (
    <section className="card" aria-labelledby="listing-title" data-testid="listing-page">
      <p className="crumb">
        <Link to="/sok">← {t('search.title')}</Link>
        {l.editable && (
          <>
            {' · '}
            <Link to="/annonser">{t('listings.title')}</Link>
          </>
        )}
      </p>
      <div className="titlebar">
        <h1 id="listing-title" className="card__title" data-testid="listing-title">
          {l.title}
        </h1>
        <span className={`badge badge--status badge--${l.status.toLowerCase()}`} data-testid="listing-status">
          {t(`listingStatus.${l.status}`)}
        </span>
      </div>
      <p className="listing__price" data-testid="listing-price">
        {format.price(l.price)}
      </p>
      <SavingsBadge key={`${l.id}-${l.version}`} listingId={l.id} />
      {(canReserve || signInToReserve || (l.editable && l.held > 0)) && (
        <div className="actions actions--top">
          {signInToReserve && (
            <button type="button" className="button" onClick={() => void login()} data-testid="reserve-login">
              {t('shell.reserveLogin')}
            </button>
          )}
          {canReserve && (
            <button type="button" className="button" onClick={() => setReserving(true)} data-testid="reserve-open">
              {t('reserve.open')}
            </button>
          )}
          {l.editable && l.held > 0 && (
            <Link to={`/reservationer/inkommande?listingId=${encodeURIComponent(l.id)}`} className="button button--secondary" data-testid="listing-reservations">
              {t('nav.incomingReservations')}
            </Link>
          )}
        </div>
      )}
      {canAsk && <StartThread subjectKind="LISTING" subjectId={l.id} label={t('conversation.askSeller')} testId="ask-seller" />}
      {future && (
        <p className="notice" data-testid="listing-future">
          {t('listing.futureNotice', { date: format.date(l.availableFrom) })}
        </p>
      )}
      <Gallery listing={l} />

      <div className="listing__condition" data-testid="listing-condition">
        <span className={`condition condition--${l.condition}`} aria-hidden="true">
          {l.condition}
        </span>{' '}
        <span>
          <span className="visually-hidden">{t('listing.condition')} {l.condition}: </span>
          {t(`condition.${l.condition}`)}
        </span>
      </div>
      {l.conditionNotes && (
        <p className="notes" data-testid="listing-condition-notes">
          {l.conditionNotes}
        </p>
      )}
      {l.description && (
        <p className="notes" data-testid="listing-description">
          {l.description}
        </p>
      )}

      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value, testId]) => (
            <div key={testId} className="facts__row">
              <dt>{label}</dt>
              <dd data-testid={testId}>{value}</dd>
            </div>
          ))}
      </dl>
      {l.pickupInstructions && (
        <>
          <h2 className="section-title section-title--small">{t('listing.pickupInstructions')}</h2>
          <p className="notes" data-testid="listing-pickup">
            {l.pickupInstructions}
          </p>
        </>
      )}

      {failure !== undefined && (
        <ErrorMessage {...errorText(failure)}>
          {isStale(failure) && (
            <button type="button" className="button" onClick={() => window.location.reload()} data-testid="listing-reload">
              {t('listing.reload')}
            </button>
          )}
        </ErrorMessage>
      )}
      {changeable && (
        <div className="actions">
          <Link to={`/annonser/${l.id}/redigera`} className="button button--secondary" data-testid="listing-edit">
            {t('common.edit')}
          </Link>
          {l.status !== 'WITHDRAWN' && (
            <button type="button" className="button button--danger" onClick={() => void withdraw()} data-testid="listing-withdraw">
              {t('listing.withdraw')}
            </button>
          )}
          {l.status === 'WITHDRAWN' && (
            <button type="button" className="button button--secondary" onClick={() => navigate(`/annonser/${l.id}/redigera`)} data-testid="listing-republish">
              {t('listing.republish')}
            </button>
          )}
        </div>
      )}
      {reserving && <ReserveDialog listing={l} onClose={() => setReserving(false)} onChanged={refresh} />}
    </section>
  )
}
