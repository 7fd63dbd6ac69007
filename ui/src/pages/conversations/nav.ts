import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { unreadKey, useConversationApi } from './useConversationApi'

const POLL_MS = 30_000

/**
 * The menu's "Meddelanden" link for members of an organisation, with how many messages they have not read (polled
 * as the bell is, while the page is visible) once the organisation is known to be active.
 */
export function useMessagesLink(pathname: string, show: boolean, active: boolean) {
  const { t } = useTranslation()
  const api = useConversationApi()
  const unread = useQuery({ queryKey: unreadKey, queryFn: api.unread, enabled: show && active, refetchInterval: POLL_MS })
  const count = show ? (unread.data?.unread ?? 0) : 0
  return {
    to: '/meddelanden',
    label: count > 0 ? t('conversation.navUnread', { count }) : t('conversation.nav'),
    testId: 'nav-messages',
    active: pathname === '/meddelanden' || pathname.startsWith('/meddelanden/'),
    show,
  }
}
