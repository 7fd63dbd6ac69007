import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { loadable } from '../../api'
import type { AuditCheck, AuditQuery } from '../../api/admin'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { Pager } from '../../components/Pager'
import { AuditEntries, useDateTime } from './AuditEntries'
import { useAdminApi } from './useAdminApi'
import { EmptyState } from '../../components/EmptyState'

const SIZE = 50
const FILTERS = ['resource', 'resourceId', 'actor', 'organisation', 'from', 'to'] as const
type Filters = Record<(typeof FILTERS)[number], string>

/** The audited tables (docs/audit.md), offered as suggestions for the resource filter. */
const RESOURCES = [
  'organisation',
  'organisation_group',
  'organisation_application',
  'organisation_invitation',
  'organisation_member_removal',
  'person',
  'category',
  'building',
  'building_assignment',
  'inventory_item',
  'photo',
  'listing',
  'storage_site',
  'storage_site_deliverer',
  'storage_location',
  'stock_intake',
  'stock_lot',
  'reservation',
  'wanted_request',
  'climate_dataset',
]

function filtersOf(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Filters
}

/**
 * /admin/granskning?resource=&resourceId=&actor=&organisation=&from=&to=&page=: the audit trail of the
 * installation, newest first; its CSV export (the same filters) and the check of its hash chain.
 */
export function AuditPage() {
  const { t } = useTranslation()
  const api = useAdminApi()
  const errorText = useErrorText()
  const [params, setParams] = useSearchParams()
  const filters = filtersOf(params)
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0)
  const [form, setForm] = useState<Filters>(filters)
  const query: AuditQuery = { ...filters, page, size: SIZE }

  const entries = useQuery({
    queryKey: ['admin', 'audit', query],
    queryFn: () => api.audit(query),
    placeholderData: keepPreviousData,
  })
  const state = loadable(entries)
  const organisations = useQuery({ queryKey: ['admin', 'organisations', 'all'], queryFn: () => api.organisations({ size: 100 }) })

  const search = (next: Filters, nextPage = 0) => {
    const search = new URLSearchParams()
    for (const name of FILTERS) if (next[name].trim()) search.set(name, next[name].trim())
    if (nextPage) search.set('page', String(nextPage))
    setParams(search)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    search(form)
  }
  const clear = () => {
    const empty = Object.fromEntries(FILTERS.map((name) => [name, ''])) as Filters
    setForm(empty)
    search(empty)
  }

  const exporting = useMutation({
    mutationFn: async () => {
      const { blob, filename } = await api.auditExport(filters)
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = filename ?? 'audit.csv'
      document.body.appendChild(link)
      link.click()
      link.remove()
      // Give the browser the moment it needs to start the download before the URL goes.
      setTimeout(() => URL.revokeObjectURL(url), 1000)
    },
  })

  const field = (name: (typeof FILTERS)[number], label: string, props: Record<string, unknown> = {}) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input className="input" value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} data-testid={`audit-${name}`} {...props} />
    </label>
  )

  return (
    <section className="card card--wide" aria-labelledby="audit-title" data-testid="audit-page">
      <p className="crumb">
        <Link to="/admin">{t('admin.title')}</Link>
      </p>
      <h1 id="audit-title" className="card__title">
        {t('admin.audit.title')}
      </h1>
      <p className="muted">{t('admin.audit.intro')}</p>
      <form className="form" role="search" onSubmit={submit} data-testid="audit-filter">
        <div className="grid grid--2">
          {field('resource', t('admin.audit.resource'), { list: 'audit-resources', spellCheck: false })}
          {field('resourceId', t('admin.audit.resourceId'), { spellCheck: false })}
          {field('actor', t('admin.audit.actor'), { spellCheck: false, placeholder: t('admin.audit.actorHint') })}
          <label className="field">
            <span className="field__label">{t('admin.audit.organisation')}</span>
            <select className="input" value={form.organisation} onChange={(e) => setForm({ ...form, organisation: e.target.value })} data-testid="audit-organisation">
              <option value="">{t('common.all')}</option>
              {(organisations.data?.items ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          {field('from', t('admin.audit.from'), { type: 'date' })}
          {field('to', t('admin.audit.to'), { type: 'date' })}
        </div>
        <datalist id="audit-resources">
          {RESOURCES.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <div className="actions">
          <button type="submit" className="button" data-testid="audit-search">
            {t('admin.audit.search')}
          </button>
          <button type="button" className="button button--secondary" onClick={clear} data-testid="audit-clear">
            {t('admin.audit.clear')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => exporting.mutate()} disabled={exporting.isPending} data-testid="audit-export">
            {exporting.isPending ? t('admin.audit.exporting') : t('admin.audit.export')}
          </button>
        </div>
        {exporting.error != null && <ErrorMessage {...errorText(exporting.error, 'admin.audit.exportFailed')} />}
      </form>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={() => void entries.refetch()} />}
      {state.kind === 'loaded' &&
        (state.data.items.length === 0 ? (
          <EmptyState testId="audit-empty" message={t('admin.audit.empty')} hint={t('emptyHint.filters')} />
        ) : (
          <>
            <p className="muted" data-testid="audit-total">
              {t('admin.audit.total', { count: state.data.total })}
            </p>
            <AuditEntries
              entries={state.data.items}
              showResource
              onActor={(actor) => {
                const next = { ...filters, actor }
                setForm(next)
                search(next)
              }}
            />
            <Pager page={page} size={SIZE} total={state.data.total} onPage={(p) => search(filters, p)} />
          </>
        ))}
      <ChainCheck />
    </section>
  )
}

/** Recomputes the hash chain on the server and says whether it holds, or where it first breaks. */
function ChainCheck() {
  const { t } = useTranslation()
  const api = useAdminApi()
  const errorText = useErrorText()
  const dateTime = useDateTime()
  const check = useMutation({ mutationFn: () => api.auditCheck() })
  const result: AuditCheck | undefined = check.data
  return (
    <div className="panel" data-testid="audit-check">
      <h2 className="section-title">{t('admin.audit.checkTitle')}</h2>
      <p className="muted">{t('admin.audit.checkIntro')}</p>
      <button type="button" className="button button--secondary" onClick={() => check.mutate()} disabled={check.isPending} data-testid="audit-check-run">
        {check.isPending ? t('admin.audit.checking') : t('admin.audit.check')}
      </button>
      {check.error != null && <ErrorMessage {...errorText(check.error)} />}
      {result && (
        <div role="status" data-testid="audit-check-result" data-intact={result.firstBreak == null ? 'true' : 'false'}>
          {result.firstBreak == null ? (
            <p className="success" data-testid="audit-check-intact">
              {t('admin.audit.intact', { sealed: result.sealed })}
            </p>
          ) : (
            <p className="error" data-testid="audit-check-break">
              {t('admin.audit.broken', { position: result.firstBreak })}
            </p>
          )}
          <ul className="plain-list muted">
            <li>{t('admin.audit.checkedAt', { at: dateTime(result.checkedAt) })}</li>
            <li>{t('admin.audit.unsealed', { count: result.unsealed })}</li>
            {result.head && (
              <li data-testid="audit-check-head">
                {t('admin.audit.head', { position: result.head.position })} <span className="code">{result.head.hash}</span>
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  )
}
