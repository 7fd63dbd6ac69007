import { useTranslation } from 'react-i18next'
import { useAuth } from '../auth'
import { Link } from 'react-router'

export function LandingPage() {
  const { t } = useTranslation()
  const { login } = useAuth()
  return (
    <section className="card" aria-labelledby="landing-title" data-testid="landing">
      <h1 id="landing-title" className="card__title">
        {t('app.name')}
      </h1>
      <p className="lead" data-testid="tagline">
        {t('app.tagline')}
      </p>
      <p>{t('landing.intro')}</p>
      <div className="actions">
        <button type="button" className="button" data-testid="login" onClick={() => void login()}>
          {t('landing.login')}
        </button>
        <Link to="/sok" className="button button--secondary" data-testid="landing-search">
          {t('landing.search')}
        </Link>
      </div>
    </section>
  )
}
