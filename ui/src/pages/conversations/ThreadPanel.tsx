import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { Attachment, ConversationMessage } from '../../api/conversations'
import { saveBlob } from '../../api'
import { AuthImage } from '../../components/AuthImage'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError } from '../../components/LoadError'
import { applyProblem, FormField, requiredText, zodResolver } from '../../forms'
import { useReservationFormat } from '../reservations/format'
import { MessageForm } from './MessageForm'
import { MessageText } from './MessageText'
import { CONVERSATIONS, messagesKey, threadKey, useConversationApi } from './useConversationApi'

const PAGE = 30
/** New messages of the other side appear without a reload: asked again this often while the page is visible. */
const POLL_MS = 30_000

/**
 * One conversation: its messages, oldest at the top (older ones on request), and the form to write. Opening it marks
 * it read for the reader. A message of the other side can be reported; a hidden one shows only that a moderator hid
 * it. `headingLevel` fits the panel into the page's outline.
 */
export function ThreadPanel({ conversationId, headingLevel = 2 }: { conversationId: string; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation()
  const api = useConversationApi()
  const client = useQueryClient()
  const headingId = useId()
  const thread = useQuery({ queryKey: threadKey(conversationId), queryFn: () => api.get(conversationId), refetchInterval: POLL_MS })
  const messages = useInfiniteQuery({
    queryKey: messagesKey(conversationId),
    queryFn: ({ pageParam }) => api.messages(conversationId, pageParam, PAGE),
    initialPageParam: 0,
    getNextPageParam: (last) => ((last.page + 1) * last.size < last.total ? last.page + 1 : undefined),
    refetchInterval: POLL_MS,
  })
  const unread = thread.data?.unread ?? 0
  useEffect(() => {
    if (unread > 0) {
      void api.read(conversationId).then(() => client.invalidateQueries({ queryKey: CONVERSATIONS }))
    }
  }, [api, client, conversationId, unread])

  const refresh = () => void client.invalidateQueries({ queryKey: CONVERSATIONS })
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]
  // newest first from the server; shown oldest first
  const shown = (messages.data?.pages.flatMap((p) => p.items) ?? []).slice().reverse()

  return (
    <section className="thread" aria-labelledby={headingId} data-testid="thread-panel">
      <Heading id={headingId} className="section-title">
        {thread.data ? t('conversation.thread.title', { party: thread.data.otherParty.name ?? '' }) : t('conversation.thread.titlePlain')}
      </Heading>
      {messages.isError && <LoadError error={messages.error} onRetry={() => void messages.refetch()} />}
      {messages.hasNextPage && (
        <button type="button" className="linklike" onClick={() => void messages.fetchNextPage()} data-testid="thread-older">
          {t('conversation.thread.older')}
        </button>
      )}
      {messages.isSuccess && shown.length === 0 && <p className="muted">{t('conversation.thread.empty')}</p>}
      <ol className="thread__messages" aria-label={t('conversation.thread.messages')}>
        {shown.map((m) => (
          <MessageItem key={m.id} conversationId={conversationId} message={m} />
        ))}
      </ol>
      <MessageForm conversationId={conversationId} onSent={refresh} />
    </section>
  )
}

function MessageItem({ conversationId, message: m }: { conversationId: string; message: ConversationMessage }) {
  const { t } = useTranslation()
  const format = useReservationFormat()
  const [reporting, setReporting] = useState(false)
  const [reported, setReported] = useState(false)
  return (
    <li className={`message${m.mine ? ' message--mine' : ''}`} data-testid="message" data-message-id={m.id}>
      <p className="message__meta">
        <strong>{m.authorName ?? m.authorUsername}</strong>, {m.organisation.name} ·{' '}
        <time dateTime={m.createdAt}>{format.dateTime(m.createdAt)}</time>
      </p>
      {m.hidden || m.text == null ? (
        <p className="message__hidden muted" data-testid="message-hidden">
          {t('conversation.thread.hidden')}
        </p>
      ) : (
        <MessageText text={m.text} />
      )}
      {m.attachments.length > 0 && (
        <ul className="message__attachments" aria-label={t('conversation.thread.attachments')}>
          {m.attachments.map((a) => (
            <li key={a.id}>
              <AttachmentLink attachment={a} />
            </li>
          ))}
        </ul>
      )}
      {!m.mine && !m.hidden && !reported && !reporting && (
        <button type="button" className="linklike" onClick={() => setReporting(true)} data-testid="message-report">
          {t('conversation.report.open')}
        </button>
      )}
      {reported && (
        <p className="muted" role="status" data-testid="message-reported">
          {t('conversation.report.done')}
        </p>
      )}
      {reporting && (
        <ReportForm
          conversationId={conversationId}
          messageId={m.id}
          onDone={() => {
            setReporting(false)
            setReported(true)
          }}
          onCancel={() => setReporting(false)}
        />
      )}
    </li>
  )
}

function AttachmentLink({ attachment: a }: { attachment: Attachment }) {
  const { t } = useTranslation()
  const api = useConversationApi()
  const [failure, setFailure] = useState<unknown>()
  if (a.kind === 'PHOTO') {
    return <AuthImage url={a.thumbnailUrl ?? a.url} alt={a.filename ?? t('conversation.thread.photo')} />
  }
  const download = async () => {
    setFailure(undefined)
    try {
      const { blob, filename } = await api.file(a.url)
      saveBlob(blob, filename ?? a.filename ?? 'bilaga.pdf')
    } catch (error) {
      setFailure(error)
    }
  }
  return (
    <>
      <button type="button" className="linklike" onClick={() => void download()} data-testid="attachment-download">
        {t('conversation.thread.pdf', { name: a.filename ?? 'PDF' })}
      </button>
      {failure !== undefined && <span className="error-text">{t('conversation.thread.downloadFailed')}</span>}
    </>
  )
}

const reportSchema = z.object({ reason: requiredText(1000) })
type ReportValues = z.infer<typeof reportSchema>

function ReportForm({ conversationId, messageId, onDone, onCancel }: { conversationId: string; messageId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const api = useConversationApi()
  const { register, handleSubmit, setError, formState } = useForm<ReportValues>({ resolver: zodResolver(reportSchema), defaultValues: { reason: '' } })
  const [failure, setFailure] = useState<string>()
  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    try {
      await api.report(conversationId, messageId, values.reason)
      onDone()
    } catch (error) {
      setFailure(applyProblem(error, setError, ['reason']))
    }
  })
  return (
    <form className="form form--inline" onSubmit={(e) => void submit(e)} noValidate data-testid="report-form">
      <FormField label={t('conversation.report.reason')} error={formState.errors.reason} required>
        <input className="input" type="text" {...register('reason')} data-testid="report-reason" />
      </FormField>
      {failure && <ErrorMessage message={failure} />}
      <div className="actions">
        <button type="submit" className="button" disabled={formState.isSubmitting} data-testid="report-send">
          {t('conversation.report.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
