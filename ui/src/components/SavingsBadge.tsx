import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Savings } from '../api'
import { Link } from 'react-router'
import { useClimateApi, useClimateFormat } from '../pages/climate/useClimate'

/**
 * What reusing a listing or an inventory item saves, with its source and version; an estimate from the material
 * is marked as such. Shows nothing when there is no figure (or it cannot be loaded): the badge is a bonus.
 */
export function SavingsBadge({ listingId, itemId }: { listingId?: string; itemId?: string }) {
  const { t, i18n } = useTranslation()
  const climate = useClimateApi()
  const format = useClimateFormat()
  // A bonus: nothing is shown when there is no figure or it cannot be fetched.
  const savings: Savings | null =
    useQuery({
      queryKey: ['savings', listingId, itemId],
      queryFn: () => (listingId ? climate.listingSavings(listingId) : climate.itemSavings(itemId ?? '')),
      enabled: Boolean(listingId || itemId),
    }).data ?? null
  if (!savings || savings.avoidedTypicalKgCo2e == null) return null
  const product = savings.product ? (i18n.language === 'en' && savings.product.nameEn ? savings.product.nameEn : savings.product.nameSv) : ''
  return (
    <div className="savings" data-testid="savings-badge">
      <span className="badge badge--climate">
        {t('climate.badge', { co2e: format.co2e(savings.avoidedTypicalKgCo2e) })}
      </span>
      {savings.estimate && (
        <span className="badge badge--estimate" data-testid="savings-estimate">
          {t('climate.estimate')}
        </span>
      )}
      <p className="savings__detail">
        {t('climate.badgeDetail', {
          mass: format.mass(savings.massKg),
          conservative: format.co2e(savings.avoidedConservativeKgCo2e),
          product,
        })}{' '}
        <Link to="/klimat/metod">{format.source(savings.source)}</Link>
      </p>
    </div>
  )
}
