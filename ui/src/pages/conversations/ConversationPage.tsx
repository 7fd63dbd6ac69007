import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Conversation } from '../../api/conversations'
import { LoadError } from '../../components/LoadError'
import { ThreadPanel } from './ThreadPanel'
import { threadKey, useConversationApi } from './useConversationApi'

/** One conversation on a page of its own (/meddelanden/:id), with a link to what it is about. */
export function ConversationPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const api = useConversationApi()
  const thread = useQuery({ queryKey: threadKey(id), queryFn: () => api.get(id) })
  return (
    <section className="card" aria-labelledby="conversation-title" data-testid="conversation-page">
      <p>
        <Link to="/meddelanden">{t('conversation.inbox.back')}</Link>
      </p>
      <h1 id="conversation-title" className="card__title">
        {thread.data ? `${t(`conversation.subject.${thread.data.subjectKind}`)}: ${thread.data.subjectTitle}` : t('conversation.inbox.title')}
      </h1>
      {thread.isError && <LoadError error={thread.error} />}
      {thread.data && (
        <>
          <p>
            <Link to={subjectPath(thread.data)} data-testid="conversation-subject">
              {t(`conversation.subjectLink.${thread.data.subjectKind}`)}
            </Link>
          </p>
          <ThreadPanel conversationId={id} />
        </>
      )}
    </section>
  )
}

function subjectPath(c: Conversation): string {
  const id = encodeURIComponent(c.subjectId)
  switch (c.subjectKind) {
    case 'LISTING':
      return `/annonser/${id}`
    case 'RESERVATION':
      return `/reservationer/${id}`
    default:
      return `/efterfragan/${id}`
  }
}
