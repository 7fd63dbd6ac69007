import 'leaflet/dist/leaflet.css'
import { useTranslation } from 'react-i18next'
import { CircleMarker, MapContainer, Popup, TileLayer } from 'react-leaflet'
import { type DemandRow, type UiConfig } from '../../api'
import { useMapTiles } from '../../api/queries'
import { useLocalName } from '../inventory/names'

type Tiles = NonNullable<UiConfig['map']>

/** The demand overview's areas as circles, larger for more requests; the map opens over Kalmar county. */
export default function DemandMap({ rows }: { rows: DemandRow[] }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  const tiles: Tiles | 'loading' = useMapTiles()
  if (tiles === 'loading') return <p role="status">{t('app.loading')}</p>
  const located = rows.filter((r) => r.latitude != null && r.longitude != null)
  return (
    <div className="search-map" data-testid="demand-map">
      <MapContainer center={[56.9, 16.3]} zoom={8} className={`search-map__canvas${tiles.url ? '' : ' search-map__canvas--plain'}`}>
        {tiles.url && <TileLayer url={tiles.url} attribution={tiles.attribution ?? ''} />}
        {located.map((r, i) => (
          <CircleMarker key={`${r.categoryId}-${i}`} center={[r.latitude!, r.longitude!]} radius={6 + Math.min(24, 4 * Math.sqrt(r.requests))} pathOptions={{ color: '#2f6b3a', fillOpacity: 0.4 }}>
            <Popup>
              <strong>{r.categoryId ? localName({ nameSv: r.categoryNameSv ?? '', nameEn: r.categoryNameEn ?? '' }) : t('demand.anyCategory')}</strong>
              <br />
              {r.area ?? ''} · {t('demand.total', { count: r.requests })}
            </Popup>
          </CircleMarker>
        ))}
      </MapContainer>
    </div>
  )
}
