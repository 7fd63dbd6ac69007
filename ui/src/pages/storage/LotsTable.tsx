import { useTranslation } from 'react-i18next'
import type { LotSummary } from '../../api'
import { Link } from 'react-router'
import { useLocalName } from '../inventory/names'
import { useStorageFormat } from './shared'
import { TableScroll } from '../../components/TableScroll'

/** Lots with their code (link), description, category, stock, locations and age; flagged ones marked. */
export function LotsTable({ lots, testId, labelledBy }: { lots: LotSummary[]; testId: string; labelledBy: string }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  const format = useStorageFormat()
  return (
    <TableScroll labelledBy={labelledBy} className="table table--cards" testId={testId}>
      <thead>
        <tr>
          <th scope="col">{t('storage.lot.code')}</th>
          <th scope="col">{t('storage.lot.description')}</th>
          <th scope="col">{t('storage.lot.category')}</th>
          <th scope="col" className="num">{t('storage.lot.onHand')}</th>
          <th scope="col" className="num">{t('storage.lot.available')}</th>
          <th scope="col">{t('storage.lot.locations')}</th>
          <th scope="col" className="num">{t('storage.lot.age')}</th>
        </tr>
      </thead>
      <tbody>
        {lots.map((lot) => (
          <tr key={lot.id} data-testid="lot-row">
            <td data-label={t('storage.lot.code')}>
              <Link to={`/lager/poster/${lot.id}`} className="code" data-testid="lot-link">
                {lot.code}
              </Link>
            </td>
            <td data-label={t('storage.lot.description')}>{lot.description}</td>
            <td data-label={t('storage.lot.category')}>{localName(lot.category)}</td>
            <td data-label={t('storage.lot.onHand')} className="num">
              {format.quantity(lot.onHand, lot.unit)}
            </td>
            <td data-label={t('storage.lot.available')} className="num">
              {format.quantity(lot.available, lot.unit)}
            </td>
            <td data-label={t('storage.lot.locations')}>
              <span className="badges">
                {lot.locations.map((l) => (
                  <Link key={l.id} to={`/lager/platser/${l.id}`} className="badge">
                    {l.code}
                  </Link>
                ))}
              </span>
            </td>
            <td data-label={t('storage.lot.age')} className="num" data-testid="lot-age">
              {format.age(lot.ageDays)}
              {lot.flagged && (
                <>
                  {' '}
                  <span className="badge badge--flag">{t('storage.lot.flagged')}</span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </TableScroll>
  )
}
