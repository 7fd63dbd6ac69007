import { useTranslation } from 'react-i18next'
import type { ImpactFigures } from '../../api'
import { useClimateFormat } from './useClimate'

/**
 * The headline figures of a report, CO2e, waste and money side by side: CO2e avoided net (and gross, before what
 * reuse caused), mass kept out of waste, money saved against buying new, and (on the dashboard) the price paid.
 */
export function Totals({ totals, showValue = true }: { totals: ImpactFigures; showValue?: boolean }) {
  const { t } = useTranslation()
  const format = useClimateFormat()
  const stats: [string, string, string, string?][] = [
    ['co2e', t('climateReport.co2eNet'), format.co2e(totals.co2eTypicalKg),
      t('climateReport.grossHint', { gross: format.co2e(totals.grossTypicalKg), costs: format.co2e(totals.grossTypicalKg - totals.co2eTypicalKg) })],
    ['co2e-conservative', t('climate.co2eConservative'), format.co2e(totals.co2eConservativeKg)],
    ['mass', t('climateReport.wasteKept'), format.mass(totals.massKg)],
    ['saved', t('climateReport.saved'), format.sek(totals.savedSek),
      t('climateReport.savedHint', { priced: format.number(totals.referencePriced), handovers: format.number(totals.handovers) })],
    ['handovers', t('climate.handovers'), format.number(totals.handovers)],
    ['estimated', t('climate.estimatedShare'), format.share(totals.estimatedShare)],
  ]
  if (showValue) stats.push(['value', t('climate.value'), format.sek(totals.valueSek)])
  return (
    <dl className="stats" data-testid="impact-totals">
      {stats.map(([id, label, value, hint]) => (
        <div className="stat" key={id} data-testid={`total-${id}`}>
          <dt className="stat__label">{label}</dt>
          <dd className="stat__value">{value}</dd>
          {hint && <dd className="stat__hint">{hint}</dd>}
        </div>
      ))}
    </dl>
  )
}
