import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { loadUiConfig } from '../../api'

/** The shortcomings the statement lists, in its order (keys under shell.statement.shortcomings). */
const SHORTCOMINGS = ['map', 'photos', 'scanner', 'login', 'untested'] as const

/**
 * The accessibility statement (tillgänglighetsredogörelse) that the Act (2018:1937) on accessibility to digital
 * public services requires, in the structure of DIGG's model: compliance status, the content that is not
 * accessible, what to do instead, how to report problems, enforcement by DIGG, and how and when the site was tested.
 * Open to everyone, linked from every page's footer. Keep it true: update it when a shortcoming is fixed or found.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation()
  // Whoever runs the installation names the address for feedback (kretslopp.ui.accessibility-contact).
  const contact = useQuery({ queryKey: ['ui-config'], queryFn: loadUiConfig, staleTime: Infinity }).data?.accessibility?.contact
  return (
    <article className="card statement" aria-labelledby="statement-title" data-testid="accessibility-statement">
      <h1 id="statement-title" className="card__title">
        {t('shell.statement.title')}
      </h1>
      <p className="lead">{t('shell.statement.intro')}</p>

      <h2>{t('shell.statement.statusTitle')}</h2>
      <p data-testid="statement-status">{t('shell.statement.status')}</p>

      <h2>{t('shell.statement.shortcomingsTitle')}</h2>
      <ul data-testid="statement-shortcomings">
        {SHORTCOMINGS.map((key) => (
          <li key={key}>{t(`shell.statement.shortcomings.${key}`)}</li>
        ))}
      </ul>

      <h2>{t('shell.statement.alternativeTitle')}</h2>
      <p>{t('shell.statement.alternative')}</p>

      <h2>{t('shell.statement.reportTitle')}</h2>
      <p>{t('shell.statement.report')}</p>
      {contact && (
        <p data-testid="statement-contact">
          {t('shell.statement.contactLabel')} <a href={`mailto:${contact}`}>{contact}</a>
        </p>
      )}

      <h2>{t('shell.statement.enforcementTitle')}</h2>
      <p>{t('shell.statement.enforcement')}</p>
      <p>
        <a href="https://www.digg.se/tdosanmalan" lang="sv" data-testid="statement-digg">
          {t('shell.statement.enforcementLink')}
        </a>
      </p>

      <h2>{t('shell.statement.testedTitle')}</h2>
      <p>{t('shell.statement.tested')}</p>
      <p data-testid="statement-updated">{t('shell.statement.updated')}</p>
    </article>
  )
}
