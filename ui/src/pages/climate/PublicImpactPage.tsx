import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { LoadError, Loading } from '../../components/LoadError'
import { Link } from 'react-router'
import { loadable } from '../../api'
import { CategoryChart, TimeChart } from './charts'
import { FollowUpHead, FollowUpRow } from './FollowUpSection'
import { Totals } from './Totals'
import { useClimateApi, useClimateFormat } from './useClimate'
import { TableScroll } from '../../components/TableScroll'

/**
 * A municipality's reuse for its web site and climate follow-up: open to everyone, aggregates only (no persons,
 * no counterparts), CO2e (net), waste and money, the follow-up per year, with the source and version of the figures.
 */
export function PublicImpactPage({ organisation }: { organisation: string }) {
  const { t } = useTranslation()
  const climate = useClimateApi()
  const format = useClimateFormat()
  const stateQuery = useQuery({ queryKey: ['PublicImpactPage.state', organisation], queryFn: () => climate.publicImpact(organisation) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  const impact = state.data
  return (
    <>
      <section className="card card--wide" aria-labelledby="public-title" data-testid="public-impact">
        <h1 id="public-title" className="card__title">
          {t('climate.publicTitle', { organisation: impact.organisation.name })}
        </h1>
        <p className="lead">{t('climate.publicLead')}</p>
        <Totals totals={impact.totals} showValue={false} />
        <p className="hint" data-testid="public-source">
          {t('climate.sourceLine', { source: format.source(impact.versions) })}{' '}
          <Link to="/klimat/metod">{t('climate.methodLink')}</Link>
        </p>
      </section>
      <section className="card card--wide" aria-labelledby="public-time">
        <h2 id="public-time" className="section-title">
          {t('climate.overTime')}
        </h2>
        {impact.byMonth.length === 0 ? (
          <p>{t('climate.empty')}</p>
        ) : (
          <TimeChart groups={impact.byMonth} period="month" measure="typical" label={t('climate.co2eAvoided')} language={format.language} />
        )}
      </section>
      <section className="card card--wide" aria-labelledby="public-category">
        <h2 id="public-category" className="section-title">
          {t('climate.byCategory')}
        </h2>
        {impact.byCategory.length > 0 && (
          <CategoryChart groups={impact.byCategory} measure="typical" label={t('climate.co2eAvoided')} language={format.language} />
        )}
      </section>
      <section className="card card--wide" aria-labelledby="public-years-title">
        <h2 id="public-years-title" className="section-title">
          {t('climateReport.publicFollowUp')}
        </h2>
        <TableScroll label={t('climateReport.publicFollowUp')} testId="public-years">
            <FollowUpHead drill={false} />
            <tbody>
              {impact.followUp.map((y) => (
                <FollowUpRow key={y.year} y={y} label={y.year} />
              ))}
            </tbody>
        </TableScroll>
        {impact.byWaste.length > 0 && (
          <TableScroll label={t('climateReport.wasteCode')} testId="public-waste">
              <thead>
                <tr>
                  <th>{t('climateReport.wasteCode')}</th>
                  <th className="num">{t('climateReport.wasteKept')}</th>
                  <th className="num">{t('climateReport.co2eNet')}</th>
                </tr>
              </thead>
              <tbody>
                {impact.byWaste.map((g) => (
                  <tr key={g.key.waste}>
                    <td>{`${g.key.waste} ${(format.language === 'en' ? g.label['waste.en'] : g.label.waste) ?? ''}`}</td>
                    <td className="num">{format.mass(g.figures.massKg)}</td>
                    <td className="num">{format.co2e(g.figures.co2eTypicalKg)}</td>
                  </tr>
                ))}
              </tbody>
          </TableScroll>
        )}
      </section>
    </>
  )
}
