import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { WantedRequest } from '../../api'
import { LoadError, Loading } from '../../components/LoadError'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { useListingFormat } from '../listings/format'
import { useLocalName } from '../inventory/names'
import { EmptyState } from '../../components/EmptyState'

/** /efterfragan: my organisation's wanted requests, each with its status and how many matches it has had. */
export function WantedListPage() {
  const { t } = useTranslation()
  const { wanted } = useSession()
  const stateQuery = useQuery({ queryKey: ['WantedListPage.state'], queryFn: () => wanted.list() })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  return (
    <section className="card card--wide" aria-labelledby="wanted-title" data-testid="wanted-list-page">
      <h1 id="wanted-title" className="card__title">
        {t('wanted.title')}
      </h1>
      <p className="muted">{t('wanted.intro')}</p>
      <p>
        <Link to="/efterfragan/ny" className="button" data-testid="wanted-new">
          {t('wanted.new')}
        </Link>
      </p>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
      {state.kind === 'loaded' &&
        (state.data.items.length === 0 ? (
          <EmptyState testId="wanted-empty" message={t('wanted.empty')} />
        ) : (
          <ul className="list" data-testid="wanted-list">
            {state.data.items.map((w) => (
              <WantedRow key={w.id} request={w} />
            ))}
          </ul>
        ))}
    </section>
  )
}

export function useWantedTitle() {
  const localName = useLocalName()
  return (w: WantedRequest) => w.text ?? localName(w.category)
}

function WantedRow({ request: w }: { request: WantedRequest }) {
  const { t } = useTranslation()
  const format = useListingFormat()
  const title = useWantedTitle()
  return (
    <li className="list__item" data-testid="wanted-item" data-id={w.id}>
      <Link to={`/efterfragan/${w.id}`} className="list__title">
        {title(w)}
      </Link>{' '}
      <span className={`badge badge--${w.status.toLowerCase()}`} data-testid="wanted-status">
        {t(`wanted.status.${w.status}`)}
      </span>
      <p className="muted">
        {t('wanted.matchCount', { count: w.matchCount })} · {t('wanted.expiresOn', { date: format.date(w.expiresOn) })}
      </p>
    </li>
  )
}
