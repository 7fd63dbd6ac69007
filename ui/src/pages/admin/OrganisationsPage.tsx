import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { loadable } from '../../api'
import type { Organisation } from '../../api/admin'
import { LoadError, Loading } from '../../components/LoadError'
import { Pager } from '../../components/Pager'
import { useAdminApi } from './useAdminApi'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'

const SIZE = 20

/** /admin/organisationer?q=&active=&page=: the organisations by name, searchable and filtered on their state. */
export function OrganisationsPage() {
  const { t } = useTranslation()
  const api = useAdminApi()
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''
  const active = ['true', 'false'].includes(params.get('active') ?? '') ? params.get('active')! : ''
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0)
  const [text, setText] = useState(q)

  const query = useQuery({
    queryKey: ['admin', 'organisations', { q, active, page }],
    queryFn: () => api.organisations({ q, active, page, size: SIZE }),
    placeholderData: keepPreviousData,
  })
  const state = loadable(query)

  const change = (next: { q?: string; active?: string; page?: number }) => {
    const values = { q, active, page: 0, ...next }
    const search = new URLSearchParams()
    if (values.q) search.set('q', values.q)
    if (values.active) search.set('active', values.active)
    if (values.page) search.set('page', String(values.page))
    setParams(search)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    change({ q: text.trim() })
  }

  return (
    <section className="card card--wide" aria-labelledby="organisations-title" data-testid="organisations-page">
      <p className="crumb">
        <Link to="/admin">{t('admin.title')}</Link>
      </p>
      <h1 id="organisations-title" className="card__title">
        {t('admin.organisations.title')}
      </h1>
      <p>
        <Link to="/admin/organisationer/ny" className="button" data-testid="organisation-new">
          {t('admin.organisations.new')}
        </Link>
      </p>
      <form className="toolbar" role="search" onSubmit={submit} data-testid="organisations-filter">
        <label className="field">
          <span className="field__label">{t('admin.organisations.search')}</span>
          <input
            className="input"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('admin.organisations.searchHint')}
            data-testid="organisations-q"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('admin.organisations.state')}</span>
          <select className="input" value={active} onChange={(e) => change({ active: e.target.value })} data-testid="organisations-active">
            <option value="">{t('common.all')}</option>
            <option value="true">{t('admin.organisations.activeOnly')}</option>
            <option value="false">{t('admin.organisations.deactivatedOnly')}</option>
          </select>
        </label>
        <button type="submit" className="button button--secondary" data-testid="organisations-search">
          {t('admin.organisations.searchButton')}
        </button>
      </form>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={() => void query.refetch()} />}
      {state.kind === 'loaded' &&
        (state.data.items.length === 0 ? (
          <EmptyState
            testId="organisations-empty"
            message={q || active ? t('admin.organisations.noneFound') : t('admin.organisations.empty')}
            hint={q || active ? t('emptyHint.filters') : t('emptyHint.organisations')}
          />
        ) : (
          <>
            <p className="muted" data-testid="organisations-total">
              {t('admin.organisations.total', { count: state.data.total })}
            </p>
            <TableScroll labelledBy="organisations-title" testId="organisations-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.organisation.name')}</th>
                  <th scope="col">{t('admin.organisation.code')}</th>
                  <th scope="col">{t('admin.organisation.number')}</th>
                  <th scope="col">{t('admin.organisation.kind')}</th>
                  <th scope="col">{t('admin.organisation.group')}</th>
                  <th scope="col">{t('admin.organisations.state')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((o) => (
                  <OrganisationRow key={o.id} organisation={o} />
                ))}
              </tbody>
            </TableScroll>
            <Pager page={page} size={SIZE} total={state.data.total} onPage={(p) => change({ page: p })} />
          </>
        ))}
    </section>
  )
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation()
  return (
    <span className={`badge ${active ? 'badge--confirmed' : 'badge--withdrawn'}`} data-testid="organisation-state">
      {active ? t('admin.organisations.active') : t('admin.organisations.deactivated')}
    </span>
  )
}

function OrganisationRow({ organisation: o }: { organisation: Organisation }) {
  const { t } = useTranslation()
  return (
    <tr data-testid="organisation-row" data-code={o.code} data-id={o.id}>
      <td>
        <Link to={`/admin/organisationer/${encodeURIComponent(o.id)}`} data-testid="organisation-link">
          {o.name}
        </Link>
      </td>
      <td className="code">{o.code}</td>
      <td>{o.organisationNumber}</td>
      <td>{t(`admin.kind.${o.kind}`, { defaultValue: o.kind })}</td>
      <td>{o.group ?? t('common.none')}</td>
      <td>
        <ActiveBadge active={o.active} />
      </td>
    </tr>
  )
}
