import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FATES, STATUSES, saveBlob, type Building, type ItemQuery, type ItemSort } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { RiskBadges } from '../../components/RiskBadges'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { formatAddress } from './BuildingsPage'
import { ItemsTable } from './ItemsTable'

export function BuildingPage({ id }: { id: string }) {
  const { api } = useSession()
  const stateQuery = useQuery({ queryKey: ['BuildingPage.state', id], queryFn: () => api.building(id) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <BuildingView building={state.data} />
}

function BuildingView({ building }: { building: Building }) {
  const navigate = useNavigate()
  const { t } = useTranslation()
  const { api } = useSession()
  const errorText = useErrorText()
  const [failure, setFailure] = useState<unknown>()
  const b = building

  async function exportItems(format: 'xlsx' | 'csv') {
    setFailure(undefined)
    try {
      const { blob, filename } = await api.exportItems(b.id, format)
      saveBlob(blob, filename ?? `${b.name}.${format}`)
    } catch (error) {
      setFailure(error)
    }
  }

  async function archive() {
    if (!window.confirm(t('building.archiveConfirm'))) return
    setFailure(undefined)
    try {
      await api.archiveBuilding(b.id, b.version)
      navigate('/buildings')
    } catch (error) {
      setFailure(error)
    }
  }

  const facts: [string, string | null | undefined, string][] = [
    [t('building.propertyDesignation'), b.propertyDesignation, 'building-property-designation'],
    [t('buildings.address'), formatAddress(b), 'building-address'],
    [t('building.constructionYear'), b.constructionYear?.toString(), 'building-construction-year'],
    [t('building.renovationYear'), b.renovationYear?.toString(), 'building-renovation-year'],
    [
      t('building.dismantlingWindow'),
      b.dismantlingWindow && (b.dismantlingWindow.from || b.dismantlingWindow.to)
        ? `${b.dismantlingWindow.from ?? '…'} – ${b.dismantlingWindow.to ?? '…'}`
        : null,
      'building-dismantling-window',
    ],
    [t('building.contact'), b.contact ? [b.contact.name, b.contact.phone, b.contact.email].filter(Boolean).join(', ') : null, 'building-contact'],
    [t('building.owner'), b.organisation?.name, 'building-owner'],
    [t('building.assignedOrganisations'), b.assignedOrganisations.map((o) => o.name).join(', '), 'building-assigned'],
    [t('building.position'), b.position ? `${b.position.lat}, ${b.position.lon}` : null, 'building-position'],
  ]

  return (
    <>
      <section className="card" aria-labelledby="building-title" data-testid="building-page">
        <p className="crumb">
          <Link to="/buildings">← {t('buildings.title')}</Link>
        </p>
        <div className="titlebar">
          <h1 id="building-title" className="card__title" data-testid="building-title">
            {b.name}
          </h1>
          {b.editable && !b.archived && (
            <Link to={`/buildings/${b.id}/edit`} className="button button--secondary" data-testid="edit-building">
              {t('common.edit')}
            </Link>
          )}
        </div>
        {b.archived && <p className="notice" data-testid="building-archived">{t('building.archived')}</p>}
        <RiskBadges risk={b.hazardRisk} explain />
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
        {b.notes && <p className="notes" data-testid="building-notes">{b.notes}</p>}
        {!b.editable && <p className="muted">{t('common.readOnly')}</p>}
      </section>

      <section className="card card--wide" aria-labelledby="items-title">
        <div className="titlebar">
          <h2 id="items-title" className="section-title">
            {t('building.items')} <span className="count" data-testid="item-count">({b.itemCount})</span>
          </h2>
        </div>
        <div className="toolbar">
          {b.editable && !b.archived && (
            <>
              <Link to={`/buildings/${b.id}/items/new`} className="button" data-testid="add-item">
                {t('building.addItem')}
              </Link>
              <Link to={`/buildings/${b.id}/import`} className="button button--secondary" data-testid="import-items">
                {t('building.import')}
              </Link>
            </>
          )}
          <button type="button" className="button button--secondary" onClick={() => void exportItems('xlsx')} data-testid="export-xlsx">
            {t('building.exportXlsx')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void exportItems('csv')} data-testid="export-csv">
            {t('building.exportCsv')}
          </button>
          {b.editable && !b.archived && (
            <button type="button" className="button button--danger" onClick={() => void archive()} data-testid="archive-building">
              {t('building.archive')}
            </button>
          )}
        </div>
        {failure !== undefined && <ErrorMessage {...errorText(failure, 'errors.save')} />}
        <ItemSection building={b} />
      </section>
    </>
  )
}

function ItemSection({ building }: { building: Building }) {
  const { t } = useTranslation()
  const { api } = useSession()
  const [q, setQ] = useState('')
  const [query, setQuery] = useState<ItemQuery>({ page: 0, size: 50, sort: 'name', dir: 'asc' })
  useEffect(() => {
    const timer = setTimeout(() => setQuery((old) => (old.q === (q.trim() || undefined) ? old : { ...old, q: q.trim() || undefined, page: 0 })), 300)
    return () => clearTimeout(timer)
  }, [q])
  const stateQuery = useQuery({ queryKey: ['BuildingPage.state2', building.id, query], queryFn: () => api.items(building.id, query) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()

  function sortBy(sort: ItemSort) {
    setQuery((old) => ({ ...old, sort, dir: old.sort === sort && old.dir === 'asc' ? 'desc' : 'asc', page: 0 }))
  }

  return (
    <>
      <div className="filters" role="search">
        <label className="field">
          <span className="field__label">{t('items.search')}</span>
          <input
            className="input"
            type="search"
            value={q}
            placeholder={t('items.searchPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
            data-testid="item-filter-text"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('items.status')}</span>
          <select
            className="input"
            value={query.status ?? ''}
            onChange={(e) => setQuery((old) => ({ ...old, status: e.target.value || undefined, page: 0 }))}
            data-testid="item-filter-status"
          >
            <option value="">{t('common.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('items.fate')}</span>
          <select
            className="input"
            value={query.fate ?? ''}
            onChange={(e) => setQuery((old) => ({ ...old, fate: e.target.value || undefined, page: 0 }))}
            data-testid="item-filter-fate"
          >
            <option value="">{t('common.all')}</option>
            {FATES.map((f) => (
              <option key={f} value={f}>{t(`fate.${f}`)}</option>
            ))}
          </select>
        </label>
      </div>
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
      {state.kind === 'loaded' && (
        <ItemsTable
          buildingId={building.id}
          page={state.data}
          query={query}
          onSort={sortBy}
          onPage={(page) => setQuery((old) => ({ ...old, page }))}
        />
      )}
    </>
  )
}
