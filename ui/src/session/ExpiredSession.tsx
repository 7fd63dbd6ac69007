import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useAuth } from '../auth'

/**
 * What every page shows once the sign-in has expired or the server refused the token: a way to sign in again that
 * comes back to this page (the sign-in keeps the address), and a way on without signing in. No "try again": it would
 * fail the same way.
 */
export function ExpiredSession() {
  const { t } = useTranslation()
  const { login, continueAnonymously } = useAuth()
  const heading = useRef<HTMLHeadingElement>(null)
  // The page under the person's focus just went away; the focus goes to what replaced it.
  useEffect(() => {
    const focused = document.activeElement
    if (!focused || focused === document.body || !focused.isConnected || focused.closest('main')) heading.current?.focus()
  }, [])
  return (
    <section className="card" aria-labelledby="session-expired-title" data-testid="session-expired">
      <h1 id="session-expired-title" className="card__title" tabIndex={-1} ref={heading}>
        {t('shell.expired.title')}
      </h1>
      <p>{t('shell.expired.text')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void login()} data-testid="session-expired-login">
          {t('shell.expired.login')}
        </button>
        <button type="button" className="button button--secondary" onClick={continueAnonymously} data-testid="session-expired-continue">
          {t('shell.expired.continue')}
        </button>
      </div>
    </section>
  )
}
