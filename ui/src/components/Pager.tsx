import { useTranslation } from 'react-i18next'

export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation()
  const pages = Math.max(1, Math.ceil(total / size))
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-label={t('common.pageOf', { page: page + 1, pages, total })}>
      <button type="button" className="button button--secondary" disabled={page === 0} onClick={() => onPage(page - 1)} data-testid="page-previous">
        {t('common.previous')}
      </button>
      <span data-testid="page-info">{t('common.pageOf', { page: page + 1, pages, total })}</span>
      <button type="button" className="button button--secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)} data-testid="page-next">
        {t('common.next')}
      </button>
    </nav>
  )
}
