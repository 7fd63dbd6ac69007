import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { loadable } from '../../api'
import type { ApplicationStatus } from '../../api/membership'
import { LoadError, Loading } from '../../components/LoadError'
import { Pager } from '../../components/Pager'
import { StatusBadge, useDateTime, useMembershipApi } from './shared'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'

const STATUSES: readonly ApplicationStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN']
const SIZE = 20

/**
 * /admin/ansokningar: the applications to join that the signed-in reviewer decides, by status (pending first),
 * oldest first, paged. The status and page are in the address (?status=APPROVED&page=2), so back works.
 */
export function ReviewListPage() {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const dateTime = useDateTime()
  const [params, setParams] = useSearchParams()
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as ApplicationStatus) : 'PENDING'
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1 || 0)
  const listQuery = useQuery({
    queryKey: ['joining', 'review', status, page],
    queryFn: () => membership.reviewList(status, page, SIZE),
  })
  const list = loadable(listQuery)
  const show = (next: { status?: ApplicationStatus; page?: number }) =>
    setParams({ status: next.status ?? status, page: String((next.page ?? 0) + 1) })

  return (
    <section className="card card--wide" aria-labelledby="review-title" data-testid="review-list-page">
      <h1 id="review-title" className="card__title">
        {t('joining.review.title')}
      </h1>
      <p className="muted">{t('joining.review.intro')}</p>
      <div className="choices choices--row" role="group" aria-label={t('joining.review.byStatus')}>
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className={s === status ? 'button' : 'button button--secondary'}
            aria-pressed={s === status}
            onClick={() => show({ status: s })}
            data-testid={`review-status-${s}`}
          >
            {t(`joining.statusPlural.${s}`)}
          </button>
        ))}
      </div>
      {list.kind === 'loading' && <Loading />}
      {list.kind === 'failed' && <LoadError error={list.error} onRetry={() => void listQuery.refetch()} />}
      {list.kind === 'loaded' &&
        (list.data.items.length === 0 ? (
          <EmptyState testId="review-empty" message={t('joining.review.empty')} hint={t('emptyHint.applications')} />
        ) : (
          <>
            <TableScroll labelledBy="review-title" className="table table--cards" testId="review-table">
              <thead>
                <tr>
                  <th scope="col">{t('joining.field.organisationName')}</th>
                  <th scope="col">{t('joining.field.organisationNumber')}</th>
                  <th scope="col">{t('joining.field.kind')}</th>
                  <th scope="col">{t('joining.review.applicant')}</th>
                  <th scope="col">{t('joining.review.sent')}</th>
                  <th scope="col">{t('joining.review.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((a) => (
                  <tr key={a.id} data-testid="review-row" data-id={a.id} data-number={a.organisationNumber}>
                    <td data-label={t('joining.field.organisationName')}>
                      <Link to={`/admin/ansokningar/${a.id}`} data-testid="review-open">
                        {a.organisationName}
                      </Link>
                    </td>
                    <td data-label={t('joining.field.organisationNumber')}>{a.organisationNumber}</td>
                    <td data-label={t('joining.field.kind')}>{t(`joining.kinds.${a.kind ?? 'OTHER'}`)}</td>
                    <td data-label={t('joining.review.applicant')}>{a.applicant?.name ?? a.applicant?.username}</td>
                    <td data-label={t('joining.review.sent')}>{dateTime(a.createdAt)}</td>
                    <td data-label={t('joining.review.status')}>
                      <StatusBadge status={a.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableScroll>
            <Pager page={page} size={SIZE} total={list.data.total} onPage={(p) => show({ page: p })} />
          </>
        ))}
    </section>
  )
}
