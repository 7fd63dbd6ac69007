import { useTranslation } from 'react-i18next'
import type { ImpactFigures } from '../../api'
import { useClimateFormat } from './useClimate'

/** The headline figures of a report: what was handed over, what it avoided, what it was worth. */
export function Totals({ totals, showValue = true }: { totals: ImpactFigures; showValue?: boolean }) {
  const { t } = useTranslation()
  const format = useClimateFormat()
  const stats: [string, string, string][] = [
    ['handovers', t('climate.handovers'), format.number(totals.handovers)],
    ['co2e', t('climate.co2eTypical'), format.co2e(totals.co2eTypicalKg)],
    ['co2e-conservative', t('climate.co2eConservative'), format.co2e(totals.co2eConservativeKg)],
    ['mass', t('climate.massReused'), format.mass(totals.massKg)],
    ['estimated', t('climate.estimatedShare'), format.share(totals.estimatedShare)],
  ]
  if (showValue) stats.push(['value', t('climate.value'), format.sek(totals.valueSek)])
  return (
    <dl className="stats" data-testid="impact-totals">
      {stats.map(([id, label, value]) => (
        <div className="stat" key={id} data-testid={`total-${id}`}>
          <dt className="stat__label">{label}</dt>
          <dd className="stat__value">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
