import { useTranslation } from 'react-i18next'
import { useAuth } from './auth'
import { Header } from './components/Header'
import { ErrorMessage } from './components/ErrorMessage'
import { HomePage } from './pages/HomePage'
import { LandingPage } from './pages/LandingPage'

function Content() {
  const { t } = useTranslation()
  const { status, error } = useAuth()
  switch (status) {
    case 'loading':
      return (
        <section className="card" aria-busy="true">
          <p role="status">{t('app.loading')}</p>
        </section>
      )
    case 'error':
      return (
        <section className="card">
          <ErrorMessage message={error ? t(error.messageKey) : undefined} detail={error?.detail}>
            <a className="button" href="/">
              {t('errors.backToStart')}
            </a>
          </ErrorMessage>
        </section>
      )
    case 'authenticated':
      return <HomePage />
    case 'anonymous':
      return <LandingPage />
  }
}

export function App() {
  const { t } = useTranslation()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <Content />
      </main>
    </>
  )
}
