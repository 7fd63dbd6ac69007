import { useTranslation } from 'react-i18next'
import type { HazardRisk } from '../api'

const FLAGS = ['pcb', 'asbestos', 'ageUnknown'] as const

/** Badges for the hazardous-substance risks a building's years imply; `explain` adds the reason under each. */
export function RiskBadges({ risk, explain = false }: { risk: HazardRisk; explain?: boolean }) {
  const { t } = useTranslation()
  const flags = FLAGS.filter((flag) => risk[flag])
  if (flags.length === 0) {
    return explain ? <p className="muted" data-testid="risk-none">{t('risk.none')}</p> : null
  }
  if (!explain) {
    return (
      <span className="badges">
        {flags.map((flag) => (
          <span key={flag} className="badge badge--risk" data-testid={`risk-${flag}`}>
            {t(`risk.${flag}`)}
          </span>
        ))}
      </span>
    )
  }
  return (
    <div className="risk" role="note" data-testid="risk-panel">
      <h2 className="risk__title">{t('risk.title')}</h2>
      <ul className="risk__list">
        {flags.map((flag) => (
          <li key={flag}>
            <span className="badge badge--risk" data-testid={`risk-${flag}`}>
              {t(`risk.${flag}`)}
            </span>{' '}
            {t(`risk.${flag}Explain`)}
          </li>
        ))}
      </ul>
      <p className="risk__rule">{t('risk.reuseRule')}</p>
    </div>
  )
}
