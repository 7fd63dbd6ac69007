import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AGE_BUCKETS, type LotQuery, type Occupancy, type Site, type StorageLocation } from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { Pager } from '../../components/Pager'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { LocationForm } from './LocationForm'
import { LotsTable } from './LotsTable'
import { OccupancyBar, PdfButton, formatSiteAddress, useStorageFormat } from './shared'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'
import { PickupHoursSection } from '../pickup/HoursEditor'

interface Loaded {
  site: Site
  locations: StorageLocation[]
  /** Only for the site's operators; deliverers see the locations without figures. */
  occupancy: Occupancy | null
}

/** /lager/:siteId: occupancy, age of the stock, flagged lots, locations and lots of one site. */
export function SiteDashboardPage({ siteId }: { siteId: string }) {
  const { storage } = useSession()
  const stateQuery = useQuery<Loaded>({ queryKey: ['SiteDashboardPage.state', siteId], queryFn: async () => {
    const site = await storage.site(siteId)
    const [locations, occupancy] = await Promise.all([
      storage.locations(siteId),
      site.manageable ? storage.occupancy(siteId) : Promise.resolve(null),
    ])
    return { site, locations, occupancy }
  } })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <Dashboard {...state.data} reload={reload} />
}

function Dashboard({ site, locations, occupancy, reload }: Loaded & { reload: () => void }) {
  const { t } = useTranslation()
  const { storage } = useSession()
  const [addingLocation, setAddingLocation] = useState(false)
  const [added, setAdded] = useState<string>()
  const address = formatSiteAddress(site)

  return (
    <>
      <section className="card card--wide" aria-labelledby="site-title" data-testid="site-dashboard">
        <p className="crumb">
          <Link to="/lager">← {t('storage.sites.title')}</Link>
        </p>
        <div className="titlebar">
          <h1 id="site-title" className="card__title" data-testid="site-title">
            {site.name}
          </h1>
          {site.manageable && (
            <Link to={`/lager/${site.id}/redigera`} className="button button--secondary" data-testid="edit-site">
              {t('storage.site.edit')}
            </Link>
          )}
        </div>
        <dl className="facts">
          {address && (
            <div className="facts__row">
              <dt>{t('storage.siteForm.address')}</dt>
              <dd data-testid="site-address">{address}</dd>
            </div>
          )}
          <div className="facts__row">
            <dt>{t('storage.sites.operator')}</dt>
            <dd data-testid="site-operator">{site.organisation.name}</dd>
          </div>
          {site.openingHours && (
            <div className="facts__row">
              <dt>{t('storage.siteForm.openingHours')}</dt>
              <dd data-testid="site-opening-hours">{site.openingHours}</dd>
            </div>
          )}
          {site.deliverers.length > 0 && (
            <div className="facts__row">
              <dt>{t('storage.siteForm.deliverers')}</dt>
              <dd data-testid="site-deliverers">{site.deliverers.map((o) => o.name).join(', ')}</dd>
            </div>
          )}
        </dl>
        <div className="toolbar toolbar--spaced">
          <Link to={`/lager/${site.id}/inleverans`} className="button" data-testid="new-intake">
            {t('storage.site.newIntake')}
          </Link>
          {site.manageable && (
            <PdfButton
              label={t('storage.site.printLabels')}
              filename={`etiketter-${site.name}.pdf`}
              load={() => storage.siteLabels(site.id)}
              testId="print-site-labels"
            />
          )}
          <Link to="/lager/skanna" className="button button--secondary" data-testid="site-scan">
            {t('storage.scan.open')}
          </Link>
          {site.manageable && !addingLocation && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setAdded(undefined)
                setAddingLocation(true)
              }}
              data-testid="new-location"
            >
              {t('storage.site.newLocation')}
            </button>
          )}
        </div>
        {addingLocation && (
          <LocationForm
            siteId={site.id}
            onCancel={() => setAddingLocation(false)}
            onSaved={(saved) => {
              setAddingLocation(false)
              setAdded(saved.code)
              reload()
            }}
          />
        )}
        {added && (
          <p className="success" role="status" data-testid="location-created">
            {t('storage.site.locationCreated', { code: added })}
          </p>
        )}

        {occupancy && <Totals occupancy={occupancy} />}
      </section>

      <section className="card card--wide" aria-labelledby="locations-title" data-testid="site-locations">
        <h2 id="locations-title" className="section-title">
          {t('storage.site.locations')} <span className="count">({locations.length})</span>
        </h2>
        {locations.length === 0 ? (
          <p data-testid="locations-empty">{t('storage.site.noLocations')}</p>
        ) : occupancy ? (
          <LocationOccupancyTable occupancy={occupancy} locations={locations} />
        ) : (
          <ul className="plain-list" data-testid="locations-list">
            {locations.map((l) => (
              <li key={l.id}>
                <strong>{l.code}</strong> {t(`locationKind.${l.kind}`)}
                {l.description ? ` – ${l.description}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      {site.manageable && <PickupHoursSection siteId={site.id} />}

      {occupancy && (
        <>
          <section className="card card--wide" aria-labelledby="age-title" data-testid="site-age">
            <h2 id="age-title" className="section-title">
              {t('storage.site.age')}
            </h2>
            <p className="muted">{t('storage.site.ageAlert', { count: occupancy.ageAlertDays })}</p>
            <AgeBuckets occupancy={occupancy} />
            <h3 className="section-title section-title--small" id="flagged-title">
              {t('storage.site.flagged')} <span className="count" data-testid="flagged-count">({occupancy.flaggedCount})</span>
            </h3>
            {occupancy.flagged.length === 0 ? (
              <p data-testid="flagged-empty">{t('storage.site.noFlagged')}</p>
            ) : (
              <LotsTable lots={occupancy.flagged} testId="flagged-lots" labelledBy="flagged-title" />
            )}
          </section>
          <SiteLots siteId={site.id} />
        </>
      )}
      {!occupancy && (
        <section className="card card--wide">
          <p className="muted" data-testid="site-deliverer-note">
            {t('storage.site.delivererNote')}
          </p>
        </section>
      )}
    </>
  )
}

function Totals({ occupancy: o }: { occupancy: Occupancy }) {
  const { t } = useTranslation()
  const format = useStorageFormat()
  return (
    <div className="stats" data-testid="site-totals">
      <div className="stat">
        <span className="stat__label">{t('storage.site.palletPlaces')}</span>
        <span className="stat__value" data-testid="occupancy-total-pallets">
          {format.pallets(o.palletsUsed, o.palletCapacity)}
        </span>
        <OccupancyBar used={o.palletsUsed} capacity={o.palletCapacity} />
      </div>
      <div className="stat">
        <span className="stat__label">{t('storage.site.floorArea')}</span>
        <span className="stat__value" data-testid="occupancy-total-area">
          {format.area(o.floorM2Used, o.floorCapacityM2)}
        </span>
        <OccupancyBar used={o.floorM2Used} capacity={o.floorCapacityM2} />
      </div>
      <div className="stat">
        <span className="stat__label">{t('storage.site.lotCount')}</span>
        <span className="stat__value" data-testid="occupancy-lot-count">
          {o.lotCount}
        </span>
      </div>
      <div className="stat">
        <span className="stat__label">{t('storage.site.flaggedCount')}</span>
        <span className={`stat__value${o.flaggedCount > 0 ? ' problem-count' : ''}`} data-testid="occupancy-flagged-count">
          {o.flaggedCount}
        </span>
      </div>
    </div>
  )
}

function LocationOccupancyTable({ occupancy, locations }: { occupancy: Occupancy; locations: StorageLocation[] }) {
  const { t } = useTranslation()
  const format = useStorageFormat()
  // The occupancy lists the locations with their figures; a location created since is listed without them.
  const known = new Set(occupancy.locations.map((l) => l.id))
  const rows = [
    ...occupancy.locations,
    ...locations
      .filter((l) => !known.has(l.id))
      .map((l) => ({ ...l, floorM2Used: 0, palletsUsed: 0, lotCount: 0, oldestAgeDays: null, flaggedCount: 0 })),
  ].sort((a, b) => a.code.localeCompare(b.code))
  return (
    <TableScroll labelledBy="locations-title" className="table table--cards" testId="locations-table">
      <thead>
        <tr>
          <th scope="col">{t('storage.location.code')}</th>
          <th scope="col">{t('storage.location.kind')}</th>
          <th scope="col">{t('storage.site.palletPlaces')}</th>
          <th scope="col">{t('storage.site.floorArea')}</th>
          <th scope="col" className="num">{t('storage.site.lotCount')}</th>
          <th scope="col" className="num">{t('storage.site.oldest')}</th>
          <th scope="col" className="num">{t('storage.site.flaggedCount')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((l) => (
          <tr key={l.id} data-testid="location-row">
            <td data-label={t('storage.location.code')}>
              <Link to={`/lager/platser/${l.id}`} data-testid="location-link">
                {l.code}
              </Link>
            </td>
            <td data-label={t('storage.location.kind')}>{t(`locationKind.${l.kind}`)}</td>
            <td data-label={t('storage.site.palletPlaces')}>
              <span className="occupancy">
                <span data-testid={`occupancy-${l.code}`}>{format.pallets(l.palletsUsed, l.palletCapacity)}</span>
                <OccupancyBar used={l.palletsUsed} capacity={l.palletCapacity} />
              </span>
            </td>
            <td data-label={t('storage.site.floorArea')}>
              <span className="occupancy">
                <span data-testid={`occupancy-area-${l.code}`}>{format.area(l.floorM2Used, l.floorCapacityM2)}</span>
                <OccupancyBar used={l.floorM2Used} capacity={l.floorCapacityM2} />
              </span>
            </td>
            <td data-label={t('storage.site.lotCount')} className="num">
              {l.lotCount}
            </td>
            <td data-label={t('storage.site.oldest')} className="num">
              {l.oldestAgeDays == null ? t('common.none') : format.age(l.oldestAgeDays)}
            </td>
            <td data-label={t('storage.site.flaggedCount')} className={`num${l.flaggedCount > 0 ? ' problem-count' : ''}`}>
              {l.flaggedCount}
            </td>
          </tr>
        ))}
      </tbody>
    </TableScroll>
  )
}

function AgeBuckets({ occupancy }: { occupancy: Occupancy }) {
  const { t } = useTranslation()
  const byLabel = new Map(occupancy.ageBuckets.map((b) => [b.label, b.lotCount]))
  const labels = [...AGE_BUCKETS, ...occupancy.ageBuckets.map((b) => b.label).filter((l) => !(AGE_BUCKETS as readonly string[]).includes(l))]
  const max = Math.max(1, ...occupancy.ageBuckets.map((b) => b.lotCount))
  return (
    <TableScroll labelledBy="age-title" className="table buckets" testId="age-buckets">
      <thead>
        <tr>
          <th scope="col">{t('storage.site.ageBucket')}</th>
          <th scope="col" className="num">{t('storage.site.lotCount')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('storage.site.share')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {labels.map((label) => {
          const count = byLabel.get(label) ?? 0
          return (
            <tr key={label} data-testid="age-bucket">
              <th scope="row">{t('storage.site.bucketDays', { label: label.replace('-', '–') })}</th>
              <td className="num" data-testid={`age-bucket-${label}`}>
                {count}
              </td>
              <td className="buckets__bar">
                <OccupancyBar used={count} capacity={max} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </TableScroll>
  )
}

const PAGE_SIZE = 20

/** All lots of the site, newest intake first, with a text filter. */
function SiteLots({ siteId }: { siteId: string }) {
  const { t } = useTranslation()
  const { storage } = useSession()
  const [q, setQ] = useState('')
  const [query, setQuery] = useState<LotQuery>({ siteId, page: 0, size: PAGE_SIZE })
  useEffect(() => {
    const timer = setTimeout(() => setQuery((old) => (old.q === (q.trim() || undefined) ? old : { ...old, q: q.trim() || undefined, page: 0 })), 300)
    return () => clearTimeout(timer)
  }, [q])
  const stateQuery = useQuery({ queryKey: ['SiteDashboardPage.state2', query], queryFn: () => storage.lots(query) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  return (
    <section className="card card--wide" aria-labelledby="lots-title" data-testid="site-lots">
      <h2 id="lots-title" className="section-title">
        {t('storage.site.lots')}
      </h2>
      <div className="filters filters--single" role="search">
        <label className="field">
          <span className="field__label">{t('storage.site.searchLots')}</span>
          <input
            className="input"
            type="search"
            value={q}
            placeholder={t('storage.site.searchLotsPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
            data-testid="lot-filter-text"
          />
        </label>
      </div>
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
      {state.kind === 'loaded' &&
        (state.data.items.length === 0 ? (
          <EmptyState testId="lots-empty" message={t('storage.site.noLots')} hint={t('emptyHint.lots')} />
        ) : (
          <>
            <LotsTable lots={state.data.items} testId="lots-table" labelledBy="lots-title" />
            <Pager page={state.data.page} size={state.data.size} total={state.data.total} onPage={(page) => setQuery((old) => ({ ...old, page }))} />
          </>
        ))}
    </section>
  )
}
