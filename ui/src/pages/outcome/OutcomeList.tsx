import { useTranslation } from 'react-i18next'
import type { OutcomeView } from '../../api/outcomes'
import { TableScroll } from '../../components/TableScroll'

/** What became of what left a lot or an item, oldest first (docs/outcomes.md). */
export function OutcomeList({ outcomes, testId }: { outcomes: readonly OutcomeView[] | undefined; testId: string }) {
  const { t, i18n } = useTranslation()
  const number = (n: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE').format(n)
  return (
    <section className="card card--wide" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 id={`${testId}-title`} className="section-title">
        {t('outcome.title')}
      </h2>
      {!outcomes || outcomes.length === 0 ? (
        <p className="muted">{t('outcome.none')}</p>
      ) : (
        <TableScroll labelledBy={`${testId}-title`}>
            <thead>
              <tr>
                <th>{t('outcome.when')}</th>
                <th>{t('outcome.what')}</th>
                <th>{t('outcome.how')}</th>
                <th className="num">{t('outcome.quantity')}</th>
                <th>{t('outcome.receiver')}</th>
                <th>{t('outcome.wasteCode')}</th>
                <th className="num">{t('outcome.paid')}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o) => (
                <tr key={o.id} data-testid="outcome-row">
                  <td>{o.occurredOn}</td>
                  <td>
                    {t(`outcome.value.${o.outcome}`)} <span className="muted">({t(`outcome.basis.${o.basis}`)})</span>
                  </td>
                  <td>{t(`outcome.event.${o.event}`)}</td>
                  <td className="num">
                    {number(o.quantity)} {o.unit}
                  </td>
                  <td>{o.receiver?.name ?? '–'}</td>
                  <td>{o.wasteCode ?? '–'}</td>
                  <td className="num">{o.valueSek == null ? '–' : `${number(o.valueSek)} kr`}</td>
                </tr>
              ))}
            </tbody>
        </TableScroll>
      )}
    </section>
  )
}
