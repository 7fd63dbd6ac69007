import type { FieldError, UseFormRegisterReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Outcome } from '../../api/outcomes'
import { FormField } from '../../forms'

interface Props {
  /** The outcomes this event may have, in the vocabulary's order. */
  allowed: readonly Outcome[]
  /** What the server records when none is chosen. */
  byDefault: Outcome
  /** Said instead of the default outcome when it depends on what the page does not know (a handover's price). */
  defaultLabel?: string
  field: UseFormRegisterReturn
  error?: FieldError
  testId: string
}

/** The choice of what became of what leaves (docs/outcomes.md): the event's default first, then what it may be. */
export function OutcomeSelect({ allowed, byDefault, defaultLabel, field, error, testId }: Props) {
  const { t } = useTranslation()
  return (
    <FormField label={t('outcome.field')} error={error} hint={t('outcome.hint')}>
      <select className="input" {...field} data-testid={testId}>
        <option value="">{defaultLabel ?? t('outcome.byDefault', { outcome: t(`outcome.value.${byDefault}`) })}</option>
        {allowed.map((o) => (
          <option key={o} value={o}>
            {t(`outcome.value.${o}`)}
          </option>
        ))}
      </select>
    </FormField>
  )
}
