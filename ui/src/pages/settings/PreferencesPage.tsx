import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { Preferences } from '../../api'
import { zodResolver } from '../../forms'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { useSession } from '../../session'
import { loadable } from '../../api'

/** /installningar: whether notifications also come by email (they are always shown under the bell). */
export function PreferencesPage() {
  const { t } = useTranslation()
  const { notifications } = useSession()
  const stateQuery = useQuery({ queryKey: ['PreferencesPage.state'], queryFn: () => notifications.preferences() })
  const state = loadable(stateQuery)
  const reload = () => void stateQuery.refetch()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') {
    // the page keeps its heading when it cannot be had (someone without an organisation has no preferences)
    return (
      <section className="card" aria-labelledby="preferences-title">
        <h1 id="preferences-title" className="card__title">
          {t('preferences.title')}
        </h1>
        <LoadError error={state.error} onRetry={reload} />
      </section>
    )
  }
  return <PreferencesForm initial={state.data} />
}

const schema = z.object({
  emailNotifications: z.boolean(),
  wantedAlerts: z.enum(['AT_ONCE', 'DAILY_DIGEST']),
  messageEmails: z.boolean(),
})
type Values = z.infer<typeof schema>

function PreferencesForm({ initial }: { initial: Preferences }) {
  const { t } = useTranslation()
  const { notifications } = useSession()
  const errorText = useErrorText()
  const { control, register, handleSubmit, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      emailNotifications: initial.emailNotifications,
      wantedAlerts: initial.wantedAlerts ?? 'AT_ONCE',
      messageEmails: initial.messageEmails ?? true,
    },
  })
  const { isSubmitting: saving, isSubmitSuccessful, isDirty } = formState
  const [address, setAddress] = useState(initial.email)
  const [failure, setFailure] = useState<unknown>()
  const email = useWatch({ control, name: 'emailNotifications' })
  // "Saved" until the next change
  const saved = isSubmitSuccessful && !isDirty && failure === undefined

  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    try {
      const answer = await notifications.savePreferences(values)
      if (answer) setAddress(answer.email)
      reset(
        answer
          ? {
              emailNotifications: answer.emailNotifications,
              wantedAlerts: answer.wantedAlerts ?? values.wantedAlerts,
              messageEmails: answer.messageEmails ?? values.messageEmails,
            }
          : values,
      )
    } catch (error) {
      setFailure(error)
    }
  })

  return (
    <section className="card" aria-labelledby="preferences-title" data-testid="preferences-page">
      <h1 id="preferences-title" className="card__title">
        {t('preferences.title')}
      </h1>
      <p className="muted">{t('preferences.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="fieldset fieldset--plain" disabled={saving}>
          <label className="check">
            <input type="checkbox" {...register('emailNotifications')} aria-describedby="pref-email-hint" data-testid="pref-email" />
            <span>{t('preferences.emailNotifications')}</span>
          </label>
          <p id="pref-email-hint" className="field__hint" data-testid="pref-email-address">
            {address ? t('preferences.emailHint', { email: address }) : t('preferences.noEmail')}
          </p>
        </fieldset>
        <fieldset className="fieldset" disabled={saving || !email}>
          <legend>{t('preferences.wantedAlerts')}</legend>
          {(['AT_ONCE', 'DAILY_DIGEST'] as const).map((choice) => (
            <label key={choice} className="check">
              <input type="radio" value={choice} {...register('wantedAlerts')} data-testid={`pref-wanted-${choice}`} />
              <span>{t(`preferences.wantedAlertsChoice.${choice}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="fieldset fieldset--plain" disabled={saving || !email}>
          <label className="check">
            <input type="checkbox" {...register('messageEmails')} data-testid="pref-message-emails" />
            <span>{t('conversation.preferences.messageEmails')}</span>
          </label>
        </fieldset>
        {failure !== undefined && <ErrorMessage {...errorText(failure, 'errors.save')} />}
        {saved && (
          <p className="success" role="status" data-testid="pref-saved">
            {t('preferences.saved')}
          </p>
        )}
        <div>
          <button type="submit" className="button" disabled={saving} data-testid="pref-save">
            {saving ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </section>
  )
}
