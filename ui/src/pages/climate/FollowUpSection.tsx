import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../components/TableScroll'
import { loadable, type FollowUpYear } from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { save } from './download'
import { useClimateApi, useClimateFormat } from './useClimate'

/** One row of the follow-up: a year's tonnes, CO2e net, SEK saved, internal share, inventories, listings, handovers. */
export function FollowUpRow({ y, label, onDrill }: { y: FollowUpYear; label: string; onDrill?: () => void }) {
  const { t } = useTranslation()
  const format = useClimateFormat()
  return (
    <tr>
      <td>{label}</td>
      <td className="num">{format.number(y.figures.massKg / 1000, 1)}</td>
      <td className="num">{format.co2e(y.figures.co2eTypicalKg)}</td>
      <td className="num">{format.sek(y.figures.savedSek)}</td>
      <td className="num">{format.share(y.internalShare)}</td>
      <td className="num">{format.number(y.inventories)}</td>
      <td className="num">{format.number(y.listings)}</td>
      <td className="num">{format.number(y.figures.handovers)}</td>
      {onDrill !== undefined && (
        <td>
          {y.figures.handovers > 0 && (
            <button type="button" className="button button--secondary button--small" onClick={onDrill} data-testid={`drill-${y.year}`}>
              {t('climateReport.showHandoversFor', { year: label })}
            </button>
          )}
        </td>
      )}
    </tr>
  )
}

export function FollowUpHead({ drill }: { drill: boolean }) {
  const { t } = useTranslation()
  return (
    <thead>
      <tr>
        <th>{t('climateReport.year')}</th>
        <th className="num">{t('climateReport.tonnesKept')}</th>
        <th className="num">{t('climateReport.co2eNet')}</th>
        <th className="num">{t('climateReport.saved')}</th>
        <th className="num" title={t('climateReport.internalShareHint')}>{t('climateReport.internalShare')}</th>
        <th className="num">{t('climateReport.inventories')}</th>
        <th className="num">{t('climateReport.listings')}</th>
        <th className="num">{t('climate.handovers')}</th>
        {drill && <th><span className="visually-hidden">{t('climateReport.showHandovers')}</span></th>}
      </tr>
    </thead>
  )
}

/** The municipal follow-up per year, with its exports, and a drill-down to each year's handovers. */
export function FollowUpSection({ from, to, onDrill }: { from?: string; to?: string; onDrill: (year: string) => void }) {
  const { t } = useTranslation()
  const climate = useClimateApi()
  const query = useQuery({ queryKey: ['FollowUpSection', from, to], queryFn: () => climate.followUp({ from, to }) })
  const state = loadable(query)
  async function download(kind: 'csv' | 'xlsx') {
    save(await climate.downloadFollowUp({ from, to }, kind), `klimatnytta-uppfoljning.${kind}`)
  }
  return (
    <section className="card card--wide" aria-labelledby="follow-up-title" data-testid="follow-up">
      <div className="titlebar">
        <h2 id="follow-up-title" className="section-title">
          {t('climateReport.followUpTitle')}
        </h2>
        <div className="toolbar">
          <button type="button" className="button button--secondary" onClick={() => void download('csv')} data-testid="follow-up-csv">
            CSV
          </button>
          <button type="button" className="button button--secondary" onClick={() => void download('xlsx')} data-testid="follow-up-xlsx">
            Excel
          </button>
        </div>
      </div>
      <p className="hint">{t('climateReport.followUpLead')}</p>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={() => void query.refetch()} />}
      {state.kind === 'loaded' && (
        <TableScroll labelledBy="follow-up-title" testId="follow-up-table">
            <FollowUpHead drill />
            <tbody>
              {state.data.years.map((y) => (
                <FollowUpRow key={y.year} y={y} label={y.year} onDrill={() => onDrill(y.year)} />
              ))}
            </tbody>
            <tfoot>
              <FollowUpRow y={state.data.total} label={t('climate.total')} onDrill={() => onDrill('')} />
            </tfoot>
        </TableScroll>
      )}
    </section>
  )
}
