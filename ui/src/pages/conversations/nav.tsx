import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { HeaderIcon } from '../../components/HeaderIcon'
import { unreadKey, useConversationApi } from './useConversationApi'

const POLL_MS = 30_000
const INBOX = '/meddelanden'

/**
 * The header's "Meddelanden" for members of an active organisation: an envelope beside the bell, with how many
 * messages they have not read (polled as the bell is, while the page is visible). An icon rather than a menu link:
 * "Meddelanden (3 olästa)" pushed a contractor's menu onto a second line at 1280 px, and on a phone the inbox stays
 * one tap away instead of behind the menu button. On a phone's narrow header the menu has it instead
 * ({@link useMessagesMenuLink}).
 */
export function MessagesLink() {
  const { pathname } = useLocation()
  const { count, label, active } = useInbox(pathname, true)
  return (
    <Link
      to={INBOX}
      className="button button--ghost bell__button header__messages"
      aria-label={label}
      aria-current={active ? 'page' : undefined}
      data-testid="nav-messages"
    >
      <HeaderIcon
        path="M3 5.5A1.5 1.5 0 0 1 4.5 4h15A1.5 1.5 0 0 1 21 5.5v13a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18.5zm2 1.3v10.7h14V6.8l-7 5.4zM6.6 6l5.4 4.2L17.4 6z"
        count={count}
        testId="messages-unread"
      />
    </Link>
  )
}

/**
 * The inbox as the envelope and the phone's menu show it: how many messages the person has not read (one query,
 * shared by both), the name that says so, and whether the inbox or one of its threads is the page open now.
 */
function useInbox(pathname: string, enabled: boolean) {
  const { t } = useTranslation()
  const api = useConversationApi()
  const unread = useQuery({ queryKey: unreadKey, queryFn: api.unread, enabled, refetchInterval: POLL_MS, refetchIntervalInBackground: false })
  const count = enabled ? (unread.data?.unread ?? 0) : 0
  return {
    count,
    label: count > 0 ? t('conversation.navUnread', { count }) : t('conversation.nav'),
    active: pathname === INBOX || pathname.startsWith(`${INBOX}/`),
  }
}

/** The menu's "Meddelanden" link, shown only where the header is too narrow for the envelope (styles.css). */
export function useMessagesMenuLink(pathname: string, show: boolean) {
  const { label, active } = useInbox(pathname, show)
  return { to: INBOX, label, testId: 'nav-messages-menu', active, show, narrowOnly: true }
}
