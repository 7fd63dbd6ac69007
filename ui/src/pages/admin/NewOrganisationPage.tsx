import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { OrganisationForm } from './OrganisationForm'
import { emptyOrganisation } from './organisationSchema'
import { useAdminApi } from './useAdminApi'

/** /admin/organisationer/ny: register an organisation; it opens when registered. */
export function NewOrganisationPage() {
  const { t } = useTranslation()
  const api = useAdminApi()
  const navigate = useNavigate()
  return (
    <section className="card" aria-labelledby="organisation-new-title" data-testid="organisation-new-page">
      <p className="crumb">
        <Link to="/admin/organisationer">{t('admin.organisations.title')}</Link>
      </p>
      <h1 id="organisation-new-title" className="card__title">
        {t('admin.organisations.new')}
      </h1>
      <p className="muted">{t('admin.organisation.newIntro')}</p>
      <OrganisationForm
        mode="create"
        defaultValues={emptyOrganisation}
        onSubmit={async (request) => {
          const created = await api.registerOrganisation(request)
          await navigate(`/admin/organisationer/${encodeURIComponent(created.id)}`, { state: { registered: true } })
        }}
      />
    </section>
  )
}
