import 'leaflet/dist/leaflet.css'
import L from 'leaflet'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Circle, CircleMarker, MapContainer, Marker, Popup, TileLayer, useMap } from 'react-leaflet'
import { type MapAnswer, type UiConfig } from '../../api'
import { useMapTiles } from '../../api/queries'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { useListingFormat } from '../listings/format'
import { SearchUnavailable } from './SearchUnavailable'

type Tiles = NonNullable<UiConfig['map']>

interface Props {
  /** The search filters as the API's query string (without zoom and bbox). */
  query: string
  /** Where distances are measured from: the map opens there. */
  center: { lat: number; lon: number }
  withinKm: number | null
}

/** A zoom at which the whole distance circle fits a map some 600 px wide. */
function zoomFor(withinKm: number | null): number {
  if (withinKm === null) return 8
  if (withinKm <= 5) return 12
  if (withinKm <= 10) return 11
  if (withinKm <= 25) return 10
  if (withinKm <= 50) return 9
  return 8
}

/** The part of the world the map shows, as the API's bbox (top,left,bottom,right), and its zoom. */
interface View {
  zoom: number
  bbox: string
}

function viewOf(map: L.Map): View {
  const b = map.getBounds()
  const r = (n: number) => n.toFixed(4)
  const top = Math.min(90, b.getNorth())
  const bottom = Math.max(-90, b.getSouth())
  const left = Math.max(-180, b.getWest())
  const right = Math.min(180, b.getEast())
  return { zoom: Math.round(map.getZoom()), bbox: [r(top), r(left), r(bottom), r(right)].join(',') }
}

/**
 * Reports the view after every move and zoom. The map asks only for what is in view: with many hits the
 * answer is clusters, and zooming in on a cluster leaves few enough in view to show them one by one.
 */
function ViewWatcher({ onView }: { onView: (view: View) => void }) {
  const map = useMap()
  useEffect(() => {
    const report = () => onView(viewOf(map))
    report()
    map.on('moveend', report)
    return () => {
      map.off('moveend', report)
    }
  }, [map, onView])
  return null
}

/** Moves the map when the searcher picks another place or distance (the container's own center is set once). */
function FollowCenter({ lat, lon, zoom }: { lat: number; lon: number; zoom: number }) {
  const map = useMap()
  useEffect(() => {
    map.setView([lat, lon], zoom)
  }, [map, lat, lon, zoom])
  return null
}

// Icons are kept: a new icon object on every render would make Leaflet rebuild the marker's element.
const icons = new Map<string, L.DivIcon>()
function cached(key: string, make: () => L.DivIcon): L.DivIcon {
  let icon = icons.get(key)
  if (!icon) {
    icon = make()
    icons.set(key, icon)
  }
  return icon
}

function clusterIcon(count: number, label: string) {
  const size = Math.round(28 + Math.min(28, Math.log10(Math.max(count, 1)) * 12))
  return cached(`cluster-${size}-${label}`, () => L.divIcon({
    className: 'map-cluster-icon',
    html: `<span class="map-cluster" data-testid="map-cluster" style="width:${size}px;height:${size}px">${label}</span>`,
    iconSize: [size, size],
  }))
}

function pointIcon(condition: number) {
  return cached(`point-${condition}`, () => L.divIcon({
    className: 'map-point-icon',
    html: `<span class="map-point map-point--c${condition}" data-testid="map-point"></span>`,
    iconSize: [20, 20],
  }))
}

function Clusters({ clusters }: { clusters: MapAnswer['clusters'] }) {
  const { t, i18n } = useTranslation()
  const map = useMap()
  const locale = i18n.language === 'en' ? 'en-GB' : 'sv-SE'
  return (
    <>
      {clusters.map((c, index) => (
        <Marker
          key={`${index}-${c.lat},${c.lon}`}
          position={[c.lat, c.lon]}
          icon={clusterIcon(c.count, c.count.toLocaleString(locale))}
          title={t('search.mapCluster', { count: c.count })}
          eventHandlers={{ click: () => map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, 18)) }}
        />
      ))}
    </>
  )
}

/**
 * The hits on a map: single listings as markers (keyboard-reachable) that open a short card with a link, or, when there are many,
 * clusters with their count (clicking one zooms in). Without a tile server the points are drawn on a plain
 * background, which is enough to see where things are relative to the chosen place.
 */
export default function SearchMap({ query, center, withinKm }: Props) {
  const { t } = useTranslation()
  const { listings } = useSession()
  const format = useListingFormat()
  const tiles: Tiles | 'loading' = useMapTiles()

  const startZoom = zoomFor(withinKm)
  const [view, setView] = useState<View>()
  const onView = useCallback((next: View) => setView((old) => (old && old.zoom === next.zoom && old.bbox === next.bbox ? old : next)), [])
  const key = view ? `${query}&zoom=${view.zoom}&bbox=${view.bbox}` : ''
  // The points of the visible area; the old ones stay while the map moves. Each answer says which view it is for.
  const points = useQuery({
    queryKey: ['search-map', key],
    queryFn: () => listings.map(key).then((answer) => ({ key, answer })),
    enabled: Boolean(key),
    // A search node that is down says so at once, with its own "try again".
    retry: false,
  })
  const state: { key: string; answer?: MapAnswer; error?: unknown } | undefined =
    points.isError ? { key, error: points.error } : points.data

  const answer = state?.answer
  const ready = state?.key === key && answer !== undefined

  if (tiles === 'loading') return <p role="status">{t('app.loading')}</p>
  return (
    <div
      className="search-map"
      role="region"
      aria-label={t('search.mapLabel')}
      aria-busy={!ready}
      data-testid="search-map"
      data-state={ready ? 'ready' : 'loading'}
    >
      {state?.error !== undefined && <SearchUnavailable error={state.error} onRetry={() => void points.refetch()} />}
      <MapContainer
        center={[center.lat, center.lon]}
        zoom={startZoom}
        className={`search-map__canvas${tiles.url ? '' : ' search-map__canvas--plain'}`}
      >
        {tiles.url && <TileLayer key={tiles.url} url={tiles.url} attribution={tiles.attribution ?? ''} />}
        <ViewWatcher onView={onView} />
        <FollowCenter lat={center.lat} lon={center.lon} zoom={startZoom} />
        {withinKm !== null && (
          <Circle center={[center.lat, center.lon]} radius={withinKm * 1000} pathOptions={{ color: '#b7791f', weight: 2, fillOpacity: 0.04, dashArray: '6 6' }} interactive={false} />
        )}
        <CircleMarker center={[center.lat, center.lon]} radius={5} pathOptions={{ color: '#b7791f', fillColor: '#f2b705', fillOpacity: 1 }} interactive={false} />
        {answer && <Clusters clusters={answer.clusters} />}
        {answer?.points.map((p) => (
          <Marker key={p.id} position={[p.lat, p.lon]} icon={pointIcon(p.condition)} title={p.title}>
            <Popup>
              <p className="map-popup__title">
                <Link to={`/annonser/${p.id}`} data-testid="map-point-link">
                  {p.title}
                </Link>
              </p>
              <p className="map-popup__facts">
                {format.price(p.price)} · {t('listing.condition')} {p.condition}
              </p>
            </Popup>
          </Marker>
        ))}
      </MapContainer>
      {answer && (
        <p className="muted search-map__legend" data-testid="map-summary">
          {answer.clustered ? t('search.mapClustered', { count: answer.total }) : t('search.mapPoints', { count: answer.points.length })}
        </p>
      )}
    </div>
  )
}
