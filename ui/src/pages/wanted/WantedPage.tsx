import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MatchReason, WantedMatch, WantedRequest } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { Link, useNavigate } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { formatQuantity, useLocalName } from '../inventory/names'
import { useListingFormat } from '../listings/format'
import { useWantedTitle } from './WantedListPage'
import { EmptyState } from '../../components/EmptyState'

/** /efterfragan/:id: one wanted request, its actions, and the best matches now with the reasons. */
export function WantedPage({ id }: { id: string }) {
  const { wanted } = useSession()
  const stateQuery = useQuery({ queryKey: ['WantedPage.state', id], queryFn: () => wanted.get(id) })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <section className="card"><LoadError error={state.error} onRetry={reload} /></section>
  return <WantedDetails request={state.data} onChanged={reload} />
}

function WantedDetails({ request: w, onChanged }: { request: WantedRequest; onChanged: () => void }) {
  const navigate = useNavigate()
  const { t, i18n } = useTranslation()
  const { wanted } = useSession()
  const format = useListingFormat()
  const title = useWantedTitle()
  const localName = useLocalName()
  const errorText = useErrorText()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const matchesQuery = useQuery({ queryKey: ['WantedPage.matches', w.id, w.version], queryFn: () => wanted.matches(w.id) })
  const matches = loadable(matchesQuery)
  const reloadMatches = () => void matchesQuery.refetch()

  async function act(action: 'pause' | 'resume' | 'close' | 'renew' | 'delete') {
    setBusy(true)
    setFailure(undefined)
    try {
      if (action === 'delete') {
        await wanted.remove(w.id, w.version)
        navigate('/efterfragan')
        return
      }
      await wanted.change(w.id, action)
      onChanged()
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  const ranges = (['length', 'width', 'height'] as const)
    .filter((d) => w.dimensions[d].min != null || w.dimensions[d].max != null)
    .map((d) => `${t(`wanted.${d}`)} ${w.dimensions[d].min ?? '…'}–${w.dimensions[d].max ?? '…'} mm`)
  const facts = [
    localName(w.category),
    w.quantity != null ? `${formatQuantity(w.quantity, i18n.language)} ${w.unit ? t(`unit.${w.unit}`) : ''}` : null,
    ...ranges,
    w.conditionMax != null ? `${t('wanted.conditionMax')}: ${t(`condition.${w.conditionMax}`)}` : null,
    w.place?.name ? `${w.place.name}${w.withinKm != null ? `, ${t('wanted.withinKm')} ${w.withinKm}` : ''}` : null,
    w.neededBy ? `${t('wanted.neededBy')} ${format.date(w.neededBy)}` : null,
    w.priceMaxSek != null ? `${t('wanted.priceMax')}: ${format.number(w.priceMaxSek)}` : null,
  ].filter(Boolean)

  return (
    <section className="card card--wide" aria-labelledby="wanted-detail-title" data-testid="wanted-page">
      <p>
        <Link to="/efterfragan">{t('common.back')}</Link>
      </p>
      <h1 id="wanted-detail-title" className="card__title">
        {title(w)}{' '}
        <span className="badge" data-testid="wanted-status">
          {t(`wanted.status.${w.status}`)}
        </span>
      </h1>
      <p data-testid="wanted-facts">{facts.join(' · ')}</p>
      <p className="muted">{t('wanted.expiresOn', { date: format.date(w.expiresOn) })}</p>
      <div className="actions">
        {w.status !== 'CLOSED' && (
          <Link to={`/efterfragan/${w.id}/redigera`} className="button button--secondary" data-testid="wanted-edit">
            {t('wanted.edit')}
          </Link>
        )}
        {w.status === 'OPEN' && <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act('pause')} data-testid="wanted-pause">{t('wanted.pause')}</button>}
        {w.status === 'PAUSED' && <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act('resume')} data-testid="wanted-resume">{t('wanted.resume')}</button>}
        {w.status !== 'CLOSED' && <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act('renew')} data-testid="wanted-renew">{t('wanted.renew')}</button>}
        {w.status !== 'CLOSED' && <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act('close')} data-testid="wanted-close">{t('wanted.close')}</button>}
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act('delete')} data-testid="wanted-delete">{t('wanted.delete')}</button>
      </div>
      {failure !== undefined && <ErrorMessage {...errorText(failure, 'errors.save')} />}

      <h2>{t('wanted.matches')}</h2>
      {matches.kind === 'loading' && <Loading />}
      {matches.kind === 'failed' && <LoadError error={matches.error} onRetry={reloadMatches} />}
      {matches.kind === 'loaded' &&
        (matches.data.length === 0 ? (
          <EmptyState testId="wanted-no-matches" message={t('wanted.noMatches')} />
        ) : (
          <ol className="list" data-testid="wanted-matches">
            {matches.data.map((m) => (
              <MatchItem key={m.listingId ?? m.inventoryItemId} match={m} />
            ))}
          </ol>
        ))}
    </section>
  )
}

function MatchItem({ match: m }: { match: WantedMatch }) {
  const { t, i18n } = useTranslation()
  const format = useListingFormat()
  const reasonText = useReasonText()
  const heading = m.listingId ? (
    <Link to={`/annonser/${m.listingId}`} className="list__title">
      {m.title}
    </Link>
  ) : (
    <span className="list__title">{m.title}</span>
  )
  return (
    <li className="list__item" data-testid="wanted-match" data-listing={m.listingId ?? ''} data-item={m.inventoryItemId ?? ''}>
      {heading}{' '}
      <span className="badge" data-testid="match-score">{t('wanted.score', { score: m.score })}</span>{' '}
      <span className="badge">{m.future ? t('wanted.future') : m.exact ? t('wanted.exact') : t('wanted.nearMiss')}</span>
      <p className="muted">
        {[
          m.organisationName ? t('wanted.from', { org: m.organisationName }) : null,
          m.quantity != null ? `${formatQuantity(m.quantity, i18n.language)} ${m.unit ? t(`unit.${m.unit}`) : ''}` : null,
          m.city,
          m.distanceKm != null ? t('wanted.km', { km: format.number(m.distanceKm, 1) }) : null,
          m.availableFrom ? (m.future ? t('wanted.futureFrom', { date: format.date(m.availableFrom) }) : t('wanted.availableFrom', { date: format.date(m.availableFrom) })) : null,
          m.notifiedAt ? t('wanted.notifiedAt', { date: format.date(m.notifiedAt) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <ul className="reasons" data-testid="match-reasons">
        {m.reasons.map((r) => (
          <li key={r.criterion} data-criterion={r.criterion} data-held={r.held} className={r.held ? 'reason reason--held' : 'reason reason--missed'}>
            {r.held ? '✓' : '✗'} {reasonText(r)}
          </li>
        ))}
      </ul>
    </li>
  )
}

/** A reason as a short sentence: the criterion, the listing's figure and how far off it is. */
function useReasonText() {
  const { t } = useTranslation()
  const format = useListingFormat()
  return (r: MatchReason) => {
    const name = t(`wanted.reason.${r.criterion}`)
    let detail = ''
    switch (r.criterion) {
      case 'length':
      case 'width':
      case 'height':
        detail = r.value == null ? t('wanted.reasonDetail.unknown')
          : r.offBy ? t('wanted.reasonDetail.offMm', { value: format.number(r.value, 0), off: format.number(r.offBy, 0) })
          : t('wanted.reasonDetail.mm', { value: format.number(r.value, 0) })
        break
      case 'quantity':
        detail = r.value == null ? t('wanted.reasonDetail.unknown') : t('wanted.reasonDetail.share', { percent: Math.round(r.value * 100) })
        break
      case 'distance':
        detail = r.value == null ? t('wanted.reasonDetail.unknown')
          : r.offBy ? t('wanted.reasonDetail.offKm', { value: format.number(r.value, 1), off: format.number(r.offBy, 1) })
          : t('wanted.reasonDetail.km', { value: format.number(r.value, 1) })
        break
      case 'condition':
        detail = r.value == null ? '' : t('wanted.reasonDetail.grade', { value: r.value })
        break
      case 'price':
        detail = r.value == null ? '' : t('wanted.reasonDetail.sek', { value: format.number(r.value) })
        break
      case 'availability':
        detail = r.offBy ? t('wanted.reasonDetail.lateDays', { off: r.offBy }) : ''
        break
    }
    return detail ? `${name}: ${detail}` : name
  }
}
