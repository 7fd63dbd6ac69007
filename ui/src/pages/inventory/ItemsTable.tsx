import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../session'
import type { Item, ItemQuery, ItemSort, PageOf } from '../../api'
import { Pager } from '../../components/Pager'
import { Link } from 'react-router'
import { formatQuantity, useLocalName } from './names'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'

interface Props {
  buildingId: string
  page: PageOf<Item>
  query: ItemQuery
  onSort: (sort: ItemSort) => void
  onPage: (page: number) => void
}

// Columns without a key are shown but not sortable: the API sorts by name, category, condition and status only.
const COLUMNS: { label: string; sort?: ItemSort; className?: string }[] = [
  { label: 'items.name', sort: 'name' },
  { label: 'items.category', sort: 'category' },
  { label: 'items.quantity', className: 'num' },
  { label: 'items.condition', sort: 'condition' },
  { label: 'items.fate' },
  { label: 'items.hazard' },
  { label: 'items.status', sort: 'status' },
  { label: 'items.photos', className: 'num' },
  { label: 'itemDemand.column', className: 'num' },
]

export function ItemsTable({ buildingId, page, query, onSort, onPage }: Props) {
  const { t, i18n } = useTranslation()
  const localName = useLocalName()
  const { wanted } = useSession()
  // how many open wanted requests each item would satisfy (a count; 0 when it cannot be fetched)
  const demand: Record<string, number> =
    useQuery({ queryKey: ['building-demand', buildingId], queryFn: () => wanted.buildingDemand(buildingId) }).data ?? {}
  if (page.items.length === 0) return <EmptyState testId="items-empty" message={t('items.empty')} hint={t('emptyHint.items')} />
  return (
    <>
      <TableScroll labelledBy="items-title" className="table table--cards" testId="items-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = c.sort && query.sort === c.sort
              return (
                <th
                  key={c.label}
                  scope="col"
                  className={c.className}
                  aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {c.sort ? (
                    <button
                      type="button"
                      className="sort"
                      onClick={() => onSort(c.sort!)}
                      data-testid={`sort-${c.sort}`}
                      title={t('items.sortBy', { column: t(c.label) })}
                    >
                      {t(c.label)}
                      <span aria-hidden="true" className="sort__mark">
                        {active ? (query.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                      </span>
                    </button>
                  ) : (
                    t(c.label)
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {page.items.map((item) => (
            <tr key={item.id} data-testid="item-row">
              <td data-label={t('items.name')}>
                <Link to={`/buildings/${buildingId}/items/${item.id}`} data-testid="item-name">
                  {item.name}
                </Link>
              </td>
              <td data-label={t('items.category')} data-testid="item-category">{localName(item.category)}</td>
              <td data-label={t('items.quantity')} className="num" data-testid="item-quantity">
                {formatQuantity(item.quantity, i18n.language)} {t(`unit.${item.unit}`)}
              </td>
              <td data-label={t('items.condition')} data-testid="item-condition">
                <span>
                  <span className={`condition condition--${item.condition}`}>{item.condition}</span> {t(`condition.${item.condition}`)}
                </span>
              </td>
              <td data-label={t('items.fate')} data-testid="item-fate">{t(`fate.${item.fate}`)}</td>
              <td data-label={t('items.hazard')} data-testid="item-hazard">
                {t(`hazardCheck.${item.hazard?.check ?? 'NOT_CHECKED'}`)}
                {item.hazard?.substances?.length ? ` (${item.hazard.substances.map((s) => t(`substance.${s}`)).join(', ')})` : ''}
              </td>
              <td data-label={t('items.status')} data-testid="item-status">{item.status ? t(`status.${item.status}`) : t('common.none')}</td>
              <td data-label={t('items.photos')} className="num" data-testid="item-photo-count">{item.photoCount}</td>
              <td data-label={t('itemDemand.column')} className="num" data-testid="item-demand" title={t('itemDemand.count', { count: demand[item.id] ?? 0 })}>
                {demand[item.id] ?? 0}
              </td>
            </tr>
          ))}
        </tbody>
      </TableScroll>
      <Pager page={page.page} size={page.size} total={page.total} onPage={onPage} />
    </>
  )
}
