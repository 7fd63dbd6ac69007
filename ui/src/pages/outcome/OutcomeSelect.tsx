import type { FieldError, UseFormRegisterReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Outcome } from '../../api/outcomes'
import { FormField } from '../../forms'

interface Props {
  /** The outcomes this event may have, in the vocabulary's order. */
  allowed: readonly Outcome[]
  /** What the server records when none is chosen. */
  byDefault: Outcome
  field: UseFormRegisterReturn
  error?: FieldError
  testId: string
}

/** The choice of what became of what leaves (docs/outcomes.md): the event's default first, then what it may be. */
export function OutcomeSelect({ allowed, byDefault, field, error, testId }: Props) {
  const { t } = useTranslation()
  return (
    <FormField label={t('outcome.field')} error={error} hint={t('outcome.hint')}>
      <select className="input" {...field} data-testid={testId}>
        <option value="">{t('outcome.byDefault', { outcome: t(`outcome.value.${byDefault}`) })}</option>
        {allowed.map((o) => (
          <option key={o} value={o}>
            {t(`outcome.value.${o}`)}
          </option>
        ))}
      </select>
    </FormField>
  )
}
