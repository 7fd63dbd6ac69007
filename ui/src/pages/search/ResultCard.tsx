import { useTranslation } from 'react-i18next'
import type { SearchHit } from '../../api'
import { AuthImage } from '../../components/AuthImage'
import { Highlighted } from '../../components/Highlighted'
import { CategoryPlaceholder } from '../../components/CategoryPlaceholder'
import { Link } from 'react-router'
import { formatQuantity, useLocalName } from '../inventory/names'
import { useListingFormat } from '../listings/format'

/** One hit of the search: photo, title (with the matched words marked), condition, quantity, price, distance. */
export function ResultCard({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation()
  const localName = useLocalName()
  const format = useListingFormat()
  return (
    <li className="result" data-testid="search-result" data-condition={hit.condition} data-distance-km={hit.distanceKm ?? ''}>
      <div className="result__thumb">
        {hit.thumbnailUrl ? (
          <AuthImage url={hit.thumbnailUrl} alt="" />
        ) : (
          <CategoryPlaceholder code={hit.category.code} />
        )}
      </div>
      <div className="result__body">
        <h3 className="result__title">
          <Link to={`/annonser/${hit.id}`} data-testid="result-title">
            {hit.highlight?.title ? <Highlighted html={hit.highlight.title} /> : hit.title}
          </Link>
        </h3>
        <p className="result__price" data-testid="result-price">
          {format.price(hit.price)}
        </p>
        <ul className="result__facts">
          <li data-testid="result-condition">
            <span className={`condition condition--${hit.condition}`} aria-hidden="true">
              {hit.condition}
            </span>{' '}
            <span className="visually-hidden">{t('listing.condition')} {hit.condition}: </span>
            {t(`condition.${hit.condition}`)}
          </li>
          <li data-testid="result-quantity">
            {formatQuantity(hit.quantity, i18n.language)} {t(`unit.${hit.unit}`)}
          </li>
          {hit.distanceKm !== null && hit.distanceKm !== undefined && (
            <li data-testid="result-distance">
              {format.distance(hit.distanceKm)}
              {hit.city ? ` · ${hit.city}` : ''}
            </li>
          )}
          <li className="muted">{localName(hit.category)}</li>
          <li className="muted" data-testid="result-organisation">
            {hit.organisation.name}
          </li>
          {hit.availableFrom && hit.availableFrom > new Date().toISOString().slice(0, 10) && (
            <li className="badge">{t('listing.availableFromShort', { date: format.date(hit.availableFrom) })}</li>
          )}
        </ul>
        {/* The highlight is escaped HTML with <mark>; the snippet is plain text. */}
        {hit.highlight?.description ? (
          <p className="result__snippet">
            <Highlighted html={hit.highlight.description} />
          </p>
        ) : (
          hit.snippet && <p className="result__snippet">{hit.snippet}</p>
        )}
      </div>
    </li>
  )
}
