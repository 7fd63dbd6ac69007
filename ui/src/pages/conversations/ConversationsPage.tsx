import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState } from '../../components/EmptyState'
import { LoadError } from '../../components/LoadError'
import { Pager } from '../../components/Pager'
import { useReservationFormat } from '../reservations/format'
import { CONVERSATIONS, useConversationApi } from './useConversationApi'

const SIZE = 20

/** "Meddelanden": the organisation's conversations, the most recently active first, with what the reader has not read. */
export function ConversationsPage() {
  const { t } = useTranslation()
  const api = useConversationApi()
  const format = useReservationFormat()
  const [page, setPage] = useState(0)
  const inbox = useQuery({ queryKey: [...CONVERSATIONS, 'inbox', page], queryFn: () => api.inbox(page, SIZE) })
  return (
    <section className="card" aria-labelledby="conversations-title" data-testid="conversations-page">
      <h1 id="conversations-title" className="card__title">
        {t('conversation.inbox.title')}
      </h1>
      <p className="muted">{t('conversation.inbox.intro')}</p>
      {inbox.isError && <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {inbox.isPending && <p className="muted">{t('app.loading')}</p>}
      {inbox.isSuccess && inbox.data.items.length === 0 && <EmptyState message={t('conversation.inbox.empty')} testId="inbox-empty" />}
      {inbox.isSuccess && inbox.data.items.length > 0 && (
        <ul className="inbox" data-testid="inbox">
          {inbox.data.items.map((c) => (
            <li key={c.id} className={`inbox__item${c.unread > 0 ? ' inbox__item--unread' : ''}`} data-testid="inbox-item">
              <Link to={`/meddelanden/${encodeURIComponent(c.id)}`} className="inbox__link">
                <span className="inbox__subject">
                  {t(`conversation.subject.${c.subjectKind}`)}: {c.subjectTitle}
                </span>{' '}
                <span className="inbox__party">{c.otherParty.name}</span>
              </Link>
              {c.lastMessage && (
                <p className="inbox__last muted">
                  {c.lastMessage.hidden || c.lastMessage.text == null ? t('conversation.thread.hidden') : excerpt(c.lastMessage.text)}
                </p>
              )}
              <p className="inbox__meta muted">
                {c.lastMessageAt && <time dateTime={c.lastMessageAt}>{format.dateTime(c.lastMessageAt)}</time>}
                {c.unread > 0 && (
                  <span className="badge" data-testid="inbox-unread">
                    {' '}
                    {t('conversation.unread', { count: c.unread })}
                  </span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {inbox.isSuccess && <Pager page={page} size={SIZE} total={inbox.data.total} onPage={setPage} />}
    </section>
  )
}

function excerpt(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ')
  return line.length > 140 ? `${line.slice(0, 139)}…` : line
}
