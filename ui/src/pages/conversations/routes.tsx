import { lazy } from 'react'
import { useParams, type RouteObject } from 'react-router'
import { RequireSignIn } from '../../router/RootLayout'
import { withTexts } from '../../i18n'

/*
 * The routes of conversations (issue 21): the inbox, one conversation, and the moderation of reported messages for
 * the installation's administrators. One chunk, fetched when one of them is first opened.
 */

const pages = withTexts(['listings', 'reservations', 'storage'], () => import('./index'))
const ConversationsPage = lazy(() => pages().then((m) => ({ default: m.ConversationsPage })))
const ConversationPage = lazy(() => pages().then((m) => ({ default: m.ConversationPage })))
const ModerationPage = lazy(() => pages().then((m) => ({ default: m.ModerationPage })))
const RequireInstallationAdmin = lazy(() => withTexts(['admin'], () => import('../admin'))().then((m) => ({ default: m.RequireInstallationAdmin })))

function ConversationById() {
  return <ConversationPage id={useParams().id ?? ''} />
}

export const conversationRoutes: RouteObject[] = [
  {
    element: <RequireSignIn />,
    children: [
      { path: 'meddelanden', element: <ConversationsPage /> },
      { path: 'meddelanden/:id', element: <ConversationById /> },
      { element: <RequireInstallationAdmin />, children: [{ path: 'admin/moderering', element: <ModerationPage /> }] },
    ],
  },
]
