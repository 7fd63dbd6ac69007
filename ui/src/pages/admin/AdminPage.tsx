import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** /admin: the installation's administration, a page of links. */
export function AdminPage() {
  const { t } = useTranslation()
  const sections = [
    { to: '/admin/organisationer', label: t('admin.organisations.title'), text: t('admin.organisations.intro'), testId: 'admin-organisations' },
    { to: '/admin/grupper', label: t('admin.groups.title'), text: t('admin.groups.intro'), testId: 'admin-groups' },
    // The review of applications to join is its own page (/admin/ansokningar).
    { to: '/admin/ansokningar', label: t('admin.applications.title'), text: t('admin.applications.intro'), testId: 'admin-applications' },
    { to: '/admin/granskning', label: t('admin.audit.title'), text: t('admin.audit.intro'), testId: 'admin-audit' },
    { to: '/admin/moderering', label: t('conversation.moderation.title'), text: t('conversation.moderation.intro'), testId: 'admin-moderation' },
  ]
  return (
    <section className="card card--wide" aria-labelledby="admin-title" data-testid="admin-page">
      <h1 id="admin-title" className="card__title">
        {t('admin.title')}
      </h1>
      <p className="muted">{t('admin.intro')}</p>
      <ul className="list" data-testid="admin-sections">
        {sections.map((s) => (
          <li key={s.to} className="list__item">
            <Link to={s.to} className="list__title" data-testid={s.testId}>
              {s.label}
            </Link>
            <p className="muted">{s.text}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
