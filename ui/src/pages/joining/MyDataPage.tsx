import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { saveBlob } from '../../api'
import { LoadError } from '../../components/LoadError'
import { useSession } from '../../session'
import { useMembershipApi } from './shared'

const FILENAME = 'kretslopp-mina-uppgifter.zip'

/** /mina-uppgifter: who you are here, and a download of everything Kretslopp keeps about you (docs/privacy.md). */
export function MyDataPage() {
  const { t } = useTranslation()
  const { me, standing } = useSession()
  // GET /api/v1/me/data answers everyone signed in: without an active organisation, with what was kept of them
  const member = standing?.organisationState === 'ACTIVE'
  const membership = useMembershipApi()
  const download = useMutation({
    mutationFn: () => membership.myData(),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename ?? FILENAME),
  })
  const facts: [string, string | null | undefined, string][] = [
    [t('joining.myData.name'), me?.user.name ?? standing?.name, 'my-data-name'],
    [t('joining.myData.username'), me?.user.username ?? standing?.username, 'my-data-username'],
    [t('joining.myData.email'), me?.user.email, 'my-data-email'],
    [t('home.organisation'), me?.organisation.name ?? standing?.organisationName ?? standing?.organisationCode, 'my-data-organisation'],
    [t('home.roles'), me?.user.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', '), 'my-data-roles'],
  ]

  return (
    <section className="card" aria-labelledby="my-data-title" data-testid="my-data-page">
      <h1 id="my-data-title" className="card__title">
        {t('joining.myData.title')}
      </h1>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value, testId]) => (
            <div key={testId} className="facts__row">
              <dt>{label}</dt>
              <dd data-testid={testId}>{value}</dd>
            </div>
          ))}
      </dl>
      <h2 className="section-title">{t('joining.myData.downloadTitle')}</h2>
      <p>{t('joining.myData.contains')}</p>
      <p className="muted">{t('joining.myData.notContained')}</p>
      {standing && !member && (
        <p className="notice" data-testid="my-data-no-organisation">
          {t('joining.myData.noOrganisation')}
        </p>
      )}
      {download.isError && <LoadError error={download.error} />}
      {download.isSuccess && (
        <p className="success" role="status" data-testid="my-data-downloaded">
          {t('joining.myData.downloaded')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate()} data-testid="my-data-download">
          {download.isPending ? t('joining.myData.preparing') : t('joining.myData.download')}
        </button>
        <Link to="/installningar" className="button button--secondary" data-testid="my-data-settings">
          {t('home.settings')}
        </Link>
      </div>
    </section>
  )
}
