import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { loadable } from '../../api'
import { createOutcomeApi, type OutcomeFigures } from '../../api/outcomes'
import { useAuth } from '../../auth'
import { LoadError, Loading } from '../../components/LoadError'
import { TableScroll } from '../../components/TableScroll'
import { save } from '../climate/download'
import { useClimateFormat } from '../climate/useClimate'

/**
 * The follow-up's outcomes: reuse within the organisation against reuse by others (sold, given away, passed on),
 * and what was recycled, disposed of or lost, per year and in total (GET /api/v1/reports/outcomes).
 */
export function OutcomeReportSection({ from, to }: { from?: string; to?: string }) {
  const { t } = useTranslation()
  const { user } = useAuth()
  const token = user?.access_token ?? ''
  const api = useMemo(() => createOutcomeApi(token), [token])
  const format = useClimateFormat()
  const query = useQuery({ queryKey: ['OutcomeReportSection', from, to], queryFn: () => api.report({ from, to }) })
  const state = loadable(query)
  async function download(kind: 'csv' | 'xlsx') {
    save(await api.download({ from, to }, kind), `utfall.${kind}`)
  }
  const cells = (f: OutcomeFigures) => (
    <>
      <td className="num">{format.mass(f.reusedInternal.massKg)} · {t('outcome.report.events', { count: f.reusedInternal.events })}</td>
      <td className="num">{format.mass(f.reusedExternal.massKg)} · {t('outcome.report.events', { count: f.reusedExternal.events })}</td>
      <td className="num">{format.share(f.internalShare)}</td>
      <td className="num">{format.mass(f.waste.massKg)} · {t('outcome.report.events', { count: f.waste.events })}</td>
      <td className="num">{format.mass(f.lost.massKg)} · {t('outcome.report.events', { count: f.lost.events })}</td>
    </>
  )
  return (
    <section className="card card--wide" aria-labelledby="outcome-report-title" data-testid="outcome-report">
      <div className="titlebar">
        <h2 id="outcome-report-title" className="section-title">
          {t('outcome.report.title')}
        </h2>
        <div className="toolbar">
          <button type="button" className="button button--secondary" onClick={() => void download('csv')} data-testid="outcome-report-csv">
            CSV
          </button>
          <button type="button" className="button button--secondary" onClick={() => void download('xlsx')} data-testid="outcome-report-xlsx">
            Excel
          </button>
        </div>
      </div>
      <p className="hint">{t('outcome.report.lead')}</p>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={() => void query.refetch()} />}
      {state.kind === 'loaded' && state.data.totals.all.events === 0 && <p className="muted">{t('outcome.report.empty')}</p>}
      {state.kind === 'loaded' && state.data.totals.all.events > 0 && (
        <>
          <dl className="figures" data-testid="outcome-report-totals">
            <div>
              <dt>{t('outcome.report.internal')}</dt>
              <dd data-testid="outcome-internal">{format.mass(state.data.totals.reusedInternal.massKg)}</dd>
            </div>
            <div>
              <dt>{t('outcome.report.external')}</dt>
              <dd data-testid="outcome-external">{format.mass(state.data.totals.reusedExternal.massKg)}</dd>
            </div>
            <div>
              <dt>{t('outcome.report.internalShare')}</dt>
              <dd>{format.share(state.data.totals.internalShare)}</dd>
            </div>
          </dl>
          <TableScroll labelledBy="outcome-report-title">
            <thead>
              <tr>
                <th>{t('outcome.report.period')}</th>
                <th className="num">{t('outcome.report.internal')}</th>
                <th className="num">{t('outcome.report.external')}</th>
                <th className="num">{t('outcome.report.internalShare')}</th>
                <th className="num">{t('outcome.report.waste')}</th>
                <th className="num">{t('outcome.report.lost')}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.periods.map((p) => (
                <tr key={p.period}>
                  <td>{p.period}</td>
                  {cells(p.figures)}
                </tr>
              ))}
              <tr>
                <td>{t('outcome.report.total')}</td>
                {cells(state.data.totals)}
              </tr>
            </tbody>
          </TableScroll>
        </>
      )}
    </section>
  )
}
