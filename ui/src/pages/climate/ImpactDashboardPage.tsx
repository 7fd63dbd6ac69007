import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImpactGroup, ImpactQuery } from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { CategoryChart, TimeChart, type Measure } from './charts'
import { DeclarationSection } from './DeclarationSection'
import { save } from './download'
import { FollowUpSection } from './FollowUpSection'
import { OutcomeReportSection } from '../outcome/OutcomeReportSection'
import { HandoverRows } from './HandoverRows'
import { Totals } from './Totals'
import { useClimateApi, useClimateFormat } from './useClimate'
import { TableScroll } from '../../components/TableScroll'

const TABLE_GROUPINGS = ['category', 'waste', 'building', 'site', 'organisation', 'role', 'year', 'quarter', 'month'] as const
const PERIODS = ['month', 'quarter', 'year'] as const

/**
 * My organisation's climate follow-up: what its handovers (as giver and as receiver) avoided — CO2e net and gross,
 * waste, money — over time and by category, a table by any grouping, the follow-up per year with a drill-down to
 * the handovers, the input to climate declarations, and the exports (CSV, XLSX) of exactly those numbers.
 */
export function ImpactDashboardPage() {
  const { t, i18n } = useTranslation()
  const climate = useClimateApi()
  const { me } = useSession()
  const format = useClimateFormat()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [role, setRole] = useState<'all' | 'given' | 'received'>('all')
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>('month')
  const [measure, setMeasure] = useState<Measure>('typical')
  const [grouping, setGrouping] = useState<(typeof TABLE_GROUPINGS)[number]>('category')
  const [drill, setDrill] = useState<string | null>(null)
  const base: Omit<ImpactQuery, 'groupBy'> = { from: from || undefined, to: to || undefined, role }
  const seriesQuery = useQuery({ queryKey: ['ImpactDashboardPage.series', from, to, role, period], queryFn: () => climate.report({ ...base, groupBy: [period] }) })
  const series = loadable(seriesQuery)
  const byCategoryQuery = useQuery({ queryKey: ['ImpactDashboardPage.byCategory', from, to, role], queryFn: () => climate.report({ ...base, groupBy: ['category'] }) })
  const byCategory = loadable(byCategoryQuery)
  const tableQuery = useQuery({ queryKey: ['ImpactDashboardPage.table', from, to, role, grouping], queryFn: () => climate.report({ ...base, groupBy: [grouping] }) })
  const table = loadable(tableQuery)
  const reloadTable = () => void tableQuery.refetch()
  const english = i18n.language === 'en'

  async function download(kind: 'csv' | 'xlsx') {
    save(await climate.download({ ...base, groupBy: [grouping] }, kind), `klimatnytta.${kind}`)
  }
  // a year of the follow-up, or '' for the whole selection
  const drillQuery = drill === null ? null
    : drill === '' ? { from: base.from, to: base.to, role }
    : { from: `${drill}-01-01`, to: `${drill}-12-31`, role }

  function label(g: ImpactGroup) {
    const key = g.key[grouping]
    if (grouping === 'month' || grouping === 'quarter' || grouping === 'year') return key
    if (key === 'none') return t('climate.none')
    return (english ? g.label[`${grouping}.en`] : g.label[grouping]) ?? key
  }

  return (
    <>
      <section className="card card--wide" aria-labelledby="impact-title" data-testid="impact-dashboard">
        <div className="titlebar">
          <h1 id="impact-title" className="card__title">
            {t('climate.dashboardTitle')}
          </h1>
          <Link to="/klimat/metod" className="button button--secondary" data-testid="method-link">
            {t('climate.methodLink')}
          </Link>
        </div>
        <p className="lead">{t('climateReport.dashboardLead', { owner: format.genitive(me?.organisation.name ?? '') })}</p>
        <div className="filters filters--impact" role="search" aria-label={t('climateReport.filters')}>
          <label className="field">
            <span className="field__label">{t('climate.from')}</span>
            <input className="input" type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="impact-from" />
          </label>
          <label className="field">
            <span className="field__label">{t('climate.to')}</span>
            <input className="input" type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="impact-to" />
          </label>
          <label className="field">
            <span className="field__label">{t('climate.role')}</span>
            <select className="input" value={role} onChange={(e) => setRole(e.target.value as typeof role)} data-testid="impact-role">
              <option value="all">{t('climate.roleAll')}</option>
              <option value="given">{t('climate.roleGiven')}</option>
              <option value="received">{t('climate.roleReceived')}</option>
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('climate.measure')}</span>
            <select className="input" value={measure} onChange={(e) => setMeasure(e.target.value as Measure)} data-testid="impact-measure">
              <option value="typical">{t('climate.typical')}</option>
              <option value="conservative">{t('climate.conservative')}</option>
            </select>
          </label>
        </div>
        {table.kind === 'loaded' && <Totals totals={table.data.totals} />}
        {table.kind === 'loaded' && (
          <p className="hint" data-testid="impact-source">
            {t('climate.sourceLine', { source: format.source(table.data.versions) })}{' '}
            {me && (
              <Link to={`/klimat/publik/${me.organisation.code}`} data-testid="public-link">
                {t('climate.publicLink')}
              </Link>
            )}
          </p>
        )}
      </section>

      <section className="card card--wide" aria-labelledby="time-title">
        <div className="titlebar">
          <h2 id="time-title" className="section-title">
            {t('climate.overTime')}
          </h2>
          <select className="input input--inline" value={period} onChange={(e) => setPeriod(e.target.value as typeof period)} aria-label={t('climate.period')} data-testid="impact-period">
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`climate.grouping.${p}`)}
              </option>
            ))}
          </select>
        </div>
        {series.kind === 'loading' && <Loading />}
        {series.kind === 'failed' && <LoadError error={series.error} />}
        {series.kind === 'loaded' &&
          (series.data.groups.length === 0 ? (
            <p>{t('climate.empty')}</p>
          ) : (
            <TimeChart groups={series.data.groups} period={period} measure={measure} label={t('climate.co2eAvoided')} language={format.language} />
          ))}
      </section>

      <section className="card card--wide" aria-labelledby="category-title">
        <h2 id="category-title" className="section-title">
          {t('climate.byCategory')}
        </h2>
        {byCategory.kind === 'loaded' && byCategory.data.groups.length > 0 && (
          <CategoryChart groups={byCategory.data.groups} measure={measure} label={t('climate.co2eAvoided')} language={format.language} />
        )}
        {byCategory.kind === 'failed' && <LoadError error={byCategory.error} />}
      </section>

      <section className="card card--wide" aria-labelledby="table-title">
        <div className="titlebar">
          <h2 id="table-title" className="section-title">
            {t('climate.table')}
          </h2>
          <div className="toolbar">
            <select className="input input--inline" value={grouping} onChange={(e) => setGrouping(e.target.value as typeof grouping)} aria-label={t('climate.groupBy')} data-testid="impact-grouping">
              {TABLE_GROUPINGS.map((g) => (
                <option key={g} value={g}>
                  {t(`climate.grouping.${g}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button button--secondary" onClick={() => void download('csv')} data-testid="export-csv">
              CSV
            </button>
            <button type="button" className="button button--secondary" onClick={() => void download('xlsx')} data-testid="export-xlsx">
              Excel
            </button>
          </div>
        </div>
        {table.kind === 'loading' && <Loading />}
        {table.kind === 'failed' && <LoadError error={table.error} onRetry={reloadTable} />}
        {table.kind === 'loaded' && (
          <TableScroll labelledBy="table-title" testId="impact-table">
              <thead>
                <tr>
                  <th>{grouping === 'waste' ? t('climateReport.wasteCode') : t(`climate.grouping.${grouping}`)}</th>
                  <th className="num">{t('climate.handovers')}</th>
                  <th className="num">{t('climateReport.wasteKept')}</th>
                  <th className="num">{t('climateReport.co2eGross')}</th>
                  <th className="num">{t('climateReport.co2eNet')}</th>
                  <th className="num">{t('climate.co2eConservative')}</th>
                  <th className="num">{t('climateReport.saved')}</th>
                  <th className="num">{t('climate.value')}</th>
                  <th className="num">{t('climate.estimatedShare')}</th>
                </tr>
              </thead>
              <tbody>
                {table.data.groups.map((g) => (
                  <tr key={JSON.stringify(g.key)}>
                    <td>{label(g)}</td>
                    <td className="num">{format.number(g.figures.handovers)}</td>
                    <td className="num">{format.mass(g.figures.massKg)}</td>
                    <td className="num">{format.co2e(g.figures.grossTypicalKg)}</td>
                    <td className="num">{format.co2e(g.figures.co2eTypicalKg)}</td>
                    <td className="num">{format.co2e(g.figures.co2eConservativeKg)}</td>
                    <td className="num">{format.sek(g.figures.savedSek)}</td>
                    <td className="num">{format.sek(g.figures.valueSek)}</td>
                    <td className="num">{format.share(g.figures.estimatedShare)}</td>
                  </tr>
                ))}
                <tr className="table__total">
                  <th>{t('climate.total')}</th>
                  <td className="num">{format.number(table.data.totals.handovers)}</td>
                  <td className="num">{format.mass(table.data.totals.massKg)}</td>
                  <td className="num">{format.co2e(table.data.totals.grossTypicalKg)}</td>
                  <td className="num">{format.co2e(table.data.totals.co2eTypicalKg)}</td>
                  <td className="num">{format.co2e(table.data.totals.co2eConservativeKg)}</td>
                  <td className="num">{format.sek(table.data.totals.savedSek)}</td>
                  <td className="num">{format.sek(table.data.totals.valueSek)}</td>
                  <td className="num">{format.share(table.data.totals.estimatedShare)}</td>
                </tr>
              </tbody>
          </TableScroll>
        )}
      </section>

      <FollowUpSection from={base.from} to={base.to} onDrill={setDrill} />
      <OutcomeReportSection from={base.from} to={base.to} />
      {drillQuery && (
        <HandoverRows query={drillQuery} title={drill ? drill : t('climateReport.handoversAll')} onClose={() => setDrill(null)} />
      )}
      <DeclarationSection from={base.from} to={base.to} />
    </>
  )
}
