import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../components/TableScroll'
import { loadable, type HandoverQuery } from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { save } from './download'
import { useClimateApi, useClimateFormat } from './useClimate'

/** The handovers behind a total, one row each with its frozen figures: the drill-down an auditor follows. */
export function HandoverRows({ query, title, onClose }: { query: HandoverQuery; title: string; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const climate = useClimateApi()
  const format = useClimateFormat()
  const rowsQuery = useQuery({ queryKey: ['HandoverRows', query], queryFn: () => climate.handovers(query) })
  const rows = loadable(rowsQuery)
  const english = i18n.language === 'en'
  async function download(kind: 'csv' | 'xlsx') {
    save(await climate.downloadHandovers(query, kind), `klimatnytta-overlamningar.${kind}`)
  }
  return (
    <section className="card card--wide" aria-labelledby="handover-rows-title" data-testid="handover-rows">
      <div className="titlebar">
        <h2 id="handover-rows-title" className="section-title">
          {t('climateReport.handoversTitle', { period: title })}
        </h2>
        <div className="toolbar">
          <button type="button" className="button button--secondary" onClick={() => void download('csv')} data-testid="handovers-csv">
            CSV
          </button>
          <button type="button" className="button button--secondary" onClick={() => void download('xlsx')} data-testid="handovers-xlsx">
            Excel
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('climateReport.close')}
          </button>
        </div>
      </div>
      <p className="hint">{t('climateReport.handoversLead')}</p>
      {rows.kind === 'loading' && <Loading />}
      {rows.kind === 'failed' && <LoadError error={rows.error} onRetry={() => void rowsQuery.refetch()} />}
      {rows.kind === 'loaded' && (
        <TableScroll labelledBy="handover-rows-title" testId="handover-rows-table">
            <thead>
              <tr>
                <th>{t('climateReport.date')}</th>
                <th>{t('climateReport.giver')}</th>
                <th>{t('climateReport.receiver')}</th>
                <th>{t('climate.category')}</th>
                <th>{t('climateReport.product')}</th>
                <th className="num">{t('climateReport.wasteKept')}</th>
                <th>{t('climateReport.wasteCode')}</th>
                <th className="num">{t('climateReport.co2eGross')}</th>
                <th>{t('climateReport.transport')}</th>
                <th className="num">{t('climateReport.co2eNet')}</th>
                <th className="num">{t('climateReport.saved')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.data.map((h) => (
                <tr key={h.handoverId}>
                  <td>{h.handedOverOn}</td>
                  <td>{h.giverName}</td>
                  <td>{h.receiverName}</td>
                  <td>{english ? h.categoryNameEn : h.categoryNameSv}</td>
                  <td>{h.productNameSv ? `${h.productNameSv} (${h.resourceId ?? ''})` : '–'}</td>
                  <td className="num">{format.mass(h.massKg)}</td>
                  <td>{h.wasteCode ? `${h.wasteCode} ${(english ? h.wasteNameEn : h.wasteNameSv) ?? ''}` : '–'}</td>
                  <td className="num">{format.co2e(h.grossTypicalKg)}</td>
                  <td>
                    {h.transportBasis === 'DISTANCE' && h.transportDistanceKm != null
                      ? t('climateReport.transportKm', { km: format.number(h.transportDistanceKm, 1) })
                      : t('climateReport.transportScenario')}
                  </td>
                  <td className="num">{format.co2e(h.netTypicalKg)}</td>
                  <td className="num">{format.sek(h.savedSek)}</td>
                </tr>
              ))}
            </tbody>
        </TableScroll>
      )}
    </section>
  )
}
