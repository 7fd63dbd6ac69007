import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditReport } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { Link } from 'react-router'
import { useSession } from '../../session'
import { loadable } from '../../api'
import { useStorageFormat } from './shared'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'

/** /lager: the storage sites the user operates or may deliver to. */
export function SitesPage() {
  const { t } = useTranslation()
  const { storage, canOperateStorage } = useSession()
  const stateQuery = useQuery({ queryKey: ['SitesPage.state'], queryFn: () => storage.sites() })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()

  return (
    <>
      <section className="card card--wide" aria-labelledby="sites-title" data-testid="storage-sites-page">
        <div className="titlebar">
          <h1 id="sites-title" className="card__title">
            {t('storage.sites.title')}
          </h1>
          <div className="toolbar toolbar--end">
            <Link to="/lager/skanna" className="button button--secondary" data-testid="storage-scan">
              {t('storage.scan.open')}
            </Link>
            {canOperateStorage && (
              <Link to="/lager/nytt" className="button" data-testid="new-site">
                {t('storage.sites.new')}
              </Link>
            )}
          </div>
        </div>
        {state.kind === 'loading' && <Loading />}
        {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
        {state.kind === 'loaded' &&
          (state.data.length === 0 ? (
            <EmptyState testId="sites-empty" message={t('storage.sites.empty')} hint={t('emptyHint.sites')} />
          ) : (
            <TableScroll labelledBy="sites-title" className="table table--cards" testId="sites-table">
              <thead>
                <tr>
                  <th scope="col">{t('storage.sites.name')}</th>
                  <th scope="col">{t('storage.sites.city')}</th>
                  <th scope="col">{t('storage.sites.operator')}</th>
                  <th scope="col">{t('storage.sites.occupancy')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.map((site) => (
                  <tr key={site.id} data-testid="site-row">
                    <td data-label={t('storage.sites.name')}>
                      <Link to={`/lager/${site.id}`} data-testid="site-link">
                        {site.name}
                      </Link>
                    </td>
                    <td data-label={t('storage.sites.city')}>{site.address?.city || t('common.none')}</td>
                    <td data-label={t('storage.sites.operator')}>{site.organisation.name}</td>
                    <td data-label={t('storage.sites.occupancy')}>
                      {site.manageable ? (
                        <Link to={`/lager/${site.id}`} data-testid="site-occupancy-link">
                          {t('storage.sites.showOccupancy')}
                        </Link>
                      ) : (
                        <Link to={`/lager/${site.id}/inleverans`} data-testid="site-intake-link">
                          {t('storage.site.newIntake')}
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableScroll>
          ))}
      </section>
      {canOperateStorage && <AuditPanel />}
    </>
  )
}

/** The operator's check that every lot's balances agree with its movements. */
function AuditPanel() {
  const { t } = useTranslation()
  const { storage } = useSession()
  const errorText = useErrorText()
  const format = useStorageFormat()
  const [report, setReport] = useState<AuditReport>()
  const [failure, setFailure] = useState<unknown>()
  const [busy, setBusy] = useState(false)

  async function run() {
    setBusy(true)
    setFailure(undefined)
    try {
      setReport(await storage.audit())
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card card--wide" aria-labelledby="audit-title" data-testid="storage-audit">
      <h2 id="audit-title" className="section-title">
        {t('storage.audit.title')}
      </h2>
      <p className="muted">{t('storage.audit.intro')}</p>
      <div className="toolbar">
        <button type="button" className="button button--secondary" onClick={() => void run()} disabled={busy} data-testid="audit-run">
          {busy ? t('storage.audit.running') : t('storage.audit.run')}
        </button>
      </div>
      {failure !== undefined && <ErrorMessage {...errorText(failure)} />}
      {report && (
        <div role="status" data-testid="audit-result">
          <p className={report.consistent ? 'ok' : 'problem-count'} data-testid="audit-consistent">
            {report.consistent ? t('storage.audit.consistent') : t('storage.audit.inconsistent', { count: report.discrepancies.length })}
          </p>
          <p className="muted">
            {t('storage.audit.counts', { lots: report.lots, balances: report.balances, movements: report.movements, at: format.dateTime(report.checkedAt) })}
          </p>
          {report.discrepancies.length > 0 && (
            <TableScroll labelledBy="audit-title">
              <thead>
                <tr>
                  <th scope="col">{t('storage.lot.code')}</th>
                  <th scope="col">{t('storage.audit.kind')}</th>
                  <th scope="col" className="num">{t('storage.audit.expected')}</th>
                  <th scope="col" className="num">{t('storage.audit.actual')}</th>
                </tr>
              </thead>
              <tbody>
                {report.discrepancies.map((d, index) => (
                  <tr key={`${d.lotId}-${d.locationId ?? ''}-${index}`} data-testid="audit-discrepancy">
                    <td>
                      <Link to={`/lager/poster/${d.lotId}`}>{d.code}</Link>
                    </td>
                    <td>{d.kind}</td>
                    <td className="num">{format.number(d.expected)}</td>
                    <td className="num">{format.number(d.actual)}</td>
                  </tr>
                ))}
              </tbody>
            </TableScroll>
          )}
        </div>
      )}
    </section>
  )
}
