import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { ReportedMessage } from '../../api/conversations'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError } from '../../components/LoadError'
import { Pager } from '../../components/Pager'
import { applyProblem, FormField, requiredText, zodResolver } from '../../forms'
import { useReservationFormat } from '../reservations/format'
import { MessageText } from './MessageText'
import { useConversationApi } from './useConversationApi'

const SIZE = 20
const MODERATION = ['moderation']

/**
 * Moderation of reported messages (installation administrators): the reported ones still shown, each with its
 * reports and a form to hide it with a reason; the hidden ones with who hid them and why.
 */
export function ModerationPage() {
  const { t } = useTranslation()
  const api = useConversationApi()
  const [hidden, setHidden] = useState(false)
  const [page, setPage] = useState(0)
  const queue = useQuery({ queryKey: [...MODERATION, hidden, page], queryFn: () => api.moderation(hidden, page, SIZE) })
  return (
    <section className="card" aria-labelledby="moderation-title" data-testid="moderation-page">
      <h1 id="moderation-title" className="card__title">
        {t('conversation.moderation.title')}
      </h1>
      <p className="muted">{t('conversation.moderation.intro')}</p>
      <fieldset className="fieldset fieldset--plain">
        <legend className="visually-hidden">{t('conversation.moderation.show')}</legend>
        {[false, true].map((choice) => (
          <label key={String(choice)} className="check">
            <input
              type="radio"
              name="moderation-status"
              checked={hidden === choice}
              onChange={() => {
                setHidden(choice)
                setPage(0)
              }}
              data-testid={`moderation-${choice ? 'hidden' : 'open'}`}
            />
            <span>{t(choice ? 'conversation.moderation.hiddenOnes' : 'conversation.moderation.openOnes')}</span>
          </label>
        ))}
      </fieldset>
      {queue.isError && <LoadError error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && queue.data.items.length === 0 && <EmptyState message={t('conversation.moderation.empty')} testId="moderation-empty" />}
      <ul className="moderation">
        {queue.data?.items.map((m) => (
          <ReportedItem key={m.id} message={m} />
        ))}
      </ul>
      {queue.isSuccess && <Pager page={page} size={SIZE} total={queue.data.total} onPage={setPage} />}
    </section>
  )
}

function ReportedItem({ message: m }: { message: ReportedMessage }) {
  const { t } = useTranslation()
  const format = useReservationFormat()
  return (
    <li className="moderation__item" data-testid="reported-message">
      <h2 className="section-title section-title--small">
        {m.subjectTitle} · {m.authorName ?? m.authorUsername}, {m.organisation.name}
      </h2>
      <p className="muted">
        <time dateTime={m.createdAt}>{format.dateTime(m.createdAt)}</time>
      </p>
      <MessageText text={m.text} />
      <h3 className="section-title section-title--small">{t('conversation.moderation.reports', { count: m.reports.length })}</h3>
      <ul>
        {m.reports.map((r, i) => (
          <li key={i}>
            {r.reason} — {r.username}, {r.organisation.name}
          </li>
        ))}
      </ul>
      {m.hiddenAt ? (
        <p data-testid="moderation-hidden-by">
          {t('conversation.moderation.hiddenBy', { by: m.hiddenBy ?? '', when: format.dateTime(m.hiddenAt), reason: m.hiddenReason ?? '' })}
        </p>
      ) : (
        <HideForm messageId={m.id} />
      )}
    </li>
  )
}

const hideSchema = z.object({ reason: requiredText(1000) })
type HideValues = z.infer<typeof hideSchema>

function HideForm({ messageId }: { messageId: string }) {
  const { t } = useTranslation()
  const api = useConversationApi()
  const client = useQueryClient()
  const { register, handleSubmit, setError, formState } = useForm<HideValues>({ resolver: zodResolver(hideSchema), defaultValues: { reason: '' } })
  const [failure, setFailure] = useState<string>()
  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    try {
      await api.hide(messageId, values.reason)
      await client.invalidateQueries({ queryKey: MODERATION })
    } catch (error) {
      setFailure(applyProblem(error, setError, ['reason']))
    }
  })
  return (
    <form className="form form--inline" onSubmit={(e) => void submit(e)} noValidate data-testid="hide-form">
      <FormField label={t('conversation.moderation.reason')} error={formState.errors.reason} required>
        <input className="input" type="text" {...register('reason')} data-testid="hide-reason" />
      </FormField>
      {failure && <ErrorMessage message={failure} />}
      <button type="submit" className="button button--danger" disabled={formState.isSubmitting} data-testid="hide-send">
        {t('conversation.moderation.hide')}
      </button>
    </form>
  )
}
