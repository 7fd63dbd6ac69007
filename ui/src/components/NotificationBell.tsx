import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { HeaderIcon } from './HeaderIcon'
import type { AppNotification, NotificationPage } from '../api'
import { formatQuantity } from '../pages/inventory/names'
import { reservationsChanged } from '../pages/reservations/events'
import { Link } from 'react-router'
import { useSession } from '../session'

const POLL_MS = 30_000
const NOTIFICATIONS = ['notifications']
const SIZE = 10

/** The sentence of a notification, written from its kind and fields in the current language. */
export function useNotificationText() {
  const { t, i18n } = useTranslation()
  return (n: AppNotification) => {
    const title = n.listingTitle ?? t('notifications.someListing')
    const what =
      n.quantity !== null && n.quantity !== undefined
        ? t('notifications.what', {
            title,
            quantity: `${formatQuantity(n.quantity, i18n.language)}${n.unit ? ` ${t(`unit.${n.unit}`)}` : ''}`,
          })
        : title
    const sentence = i18n.exists(`notifications.kind.${n.kind}`)
      ? t(`notifications.kind.${n.kind}`, { what, when: n.reason ?? '' })
      : i18n.exists(`delivery.notifications.${n.kind}`)
        ? t(`delivery.notifications.${n.kind}`, { what })
        : t('notifications.kind.other', { what })
    if (n.kind === 'MESSAGE_RECEIVED') return t('conversation.notification', { title })
    // a pickup's time is part of its sentence (the server sends it as the reason: "2026-12-05 10:00–10:30")
    if (n.kind.startsWith('PICKUP_')) return sentence
    if (n.kind === 'WANTED_MATCH') return n.reason ? `${sentence} ${t('notifications.wantedFor', { reason: n.reason })}` : sentence
    return n.reason ? `${sentence} ${t('notifications.reason', { reason: n.reason })}` : sentence
  }
}

/**
 * Where a notification leads: to the side of the reservation it concerns. Received ones are the seller's, confirmed
 * and rejected ones the buyer's; the others may reach either side, so /reservationer/:id finds out which.
 */
export function notificationPath(n: AppNotification): string {
  if (n.kind === 'MESSAGE_RECEIVED') return n.conversationId ? `/meddelanden/${encodeURIComponent(n.conversationId)}` : '/meddelanden'
  if (n.kind === 'WANTED_MATCH') return n.wantedRequestId ? `/efterfragan/${encodeURIComponent(n.wantedRequestId)}` : '/efterfragan'
  if (n.kind.startsWith('DELIVERY_')) return '/leveranser'
  if (!n.reservationId) return '/reservationer'
  const id = encodeURIComponent(n.reservationId)
  switch (n.kind) {
    case 'RESERVATION_RECEIVED':
      return `/reservationer/inkommande?id=${id}`
    case 'RESERVATION_CONFIRMED':
    case 'RESERVATION_REJECTED':
      return `/reservationer?id=${id}`
    default:
      return `/reservationer/${id}`
  }
}

/**
 * The header's bell: the unread count, polled every 30 s while the page is visible and again when the window gets
 * focus; a dropdown of the latest notifications, each marked read when followed, and "mark all as read".
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation()
  const { notifications } = useSession()
  const sentence = useNotificationText()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  // Polled every 30 s while the page is visible, and again when the window gets the focus.
  const query = useQuery({
    queryKey: NOTIFICATIONS,
    queryFn: () => notifications.list({ size: SIZE }),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: 'always',
  })
  const data = query.data
  const failed = query.isError
  const load = () => void query.refetch()

  // The newest notification seen: when another one arrives, the open reservation lists load again.
  const newestId = data ? (data.items[0]?.id ?? null) : undefined
  const newest = useRef<string | null | undefined>(undefined)
  useEffect(() => {
    if (newestId === undefined) return
    if (newest.current !== undefined && newestId !== newest.current) void reservationsChanged(queryClient)
    newest.current = newestId
  }, [newestId, queryClient])

  /** Shows a change at once; a poll already on its way must not undo it, and a failed write is corrected by a new load. */
  async function change(update: (old: NotificationPage) => NotificationPage, write: () => Promise<unknown>) {
    await queryClient.cancelQueries({ queryKey: NOTIFICATIONS })
    queryClient.setQueryData<NotificationPage>(NOTIFICATIONS, (old) => old && update(old))
    write().then(
      () => undefined,
      () => load(),
    )
  }

  // Close when clicking or tabbing outside the dropdown.
  useEffect(() => {
    if (!open) return
    const outside = (event: Event) => {
      if (root.current && event.target instanceof Node && !root.current.contains(event.target)) setOpen(false)
    }
    document.addEventListener('mousedown', outside)
    document.addEventListener('focusin', outside)
    return () => {
      document.removeEventListener('mousedown', outside)
      document.removeEventListener('focusin', outside)
    }
  }, [open])

  function toggle() {
    if (!open) load()
    setOpen(!open)
  }

  function keyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation()
      setOpen(false)
      button.current?.focus()
    }
  }

  /** Marks one read here at once and on the server in the background (the next poll corrects a failure). */
  function follow(n: AppNotification) {
    setOpen(false)
    // After the navigation (a link to the page already open does not navigate): show the reservation as it is now.
    setTimeout(() => void reservationsChanged(queryClient), 0)
    if (n.readAt) return
    const now = new Date().toISOString()
    void change(
      (old) => ({
        ...old,
        unread: Math.max(0, old.unread - 1),
        items: old.items.map((item) => (item.id === n.id ? { ...item, readAt: now } : item)),
      }),
      () => notifications.markRead(n.id),
    )
  }

  function readAll() {
    const now = new Date().toISOString()
    void change(
      (old) => ({ ...old, unread: 0, items: old.items.map((item) => ({ ...item, readAt: item.readAt ?? now })) }),
      () => notifications.markAllRead(),
    )
  }

  const unread = data?.unread ?? 0
  const locale = i18n.language === 'en' ? 'en-GB' : 'sv-SE'
  const when = (iso: string) => {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })
  }

  return (
    // Escape anywhere inside the dropdown closes it: the key handler sits on the container, the controls are buttons.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="bell" ref={root} onKeyDown={keyDown}>
      <button
        ref={button}
        type="button"
        className="button button--ghost bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        onClick={toggle}
        data-testid="notifications-bell"
      >
        <HeaderIcon
          path="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.5A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6zm-2.5 15.5a2.5 2.5 0 0 0 5 0z"
          count={unread}
          testId="notifications-unread"
        />
      </button>
      <div id={panelId} className="bell__panel" hidden={!open} data-testid="notifications-list">
        <div className="bell__head">
          <h2 className="bell__title">{t('notifications.title')}</h2>
          <button type="button" className="linklike" disabled={unread === 0} onClick={readAll} data-testid="notifications-read-all">
            {t('notifications.readAll')}
          </button>
        </div>
        {failed && !data && <p className="bell__empty">{t('notifications.loadFailed')}</p>}
        {data && data.items.length === 0 && (
          <p className="bell__empty" data-testid="notifications-empty">
            {t('notifications.empty')}
          </p>
        )}
        {data && data.items.length > 0 && (
          <ul className="bell__items">
            {data.items.map((n) => (
              <li
                key={n.id}
                className={`bell__item${n.readAt ? '' : ' bell__item--unread'}`}
                data-testid="notification-item"
                data-kind={n.kind}
                data-read={n.readAt ? 'true' : 'false'}
              >
                <Link to={notificationPath(n)} onClick={() => follow(n)} className="bell__link">
                  {!n.readAt && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                  <span className="bell__text">{sentence(n)}</span>
                  <time className="bell__time" dateTime={n.createdAt}>
                    {when(n.createdAt)}
                  </time>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="bell__foot">
          <Link to="/installningar" onClick={() => setOpen(false)} data-testid="notifications-settings">
            {t('notifications.settings')}
          </Link>
        </p>
      </div>
    </div>
  )
}
