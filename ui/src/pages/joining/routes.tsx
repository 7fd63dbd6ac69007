import { lazy } from 'react'
import { useParams, type RouteObject } from 'react-router'
import { withTexts } from '../../i18n'
import { RequireSignIn } from '../../router/RootLayout'

/*
 * The routes of joining (issue 17): applying, reviewing applications, members and invitations, accepting an
 * invitation, and your own data. One chunk, fetched when one of them is first opened.
 */

const pages = withTexts(['joining'], () => import('./index'))
const AcceptInvitationPage = lazy(() => pages().then((m) => ({ default: m.AcceptInvitationPage })))
const ApplyPage = lazy(() => pages().then((m) => ({ default: m.ApplyPage })))
const MembersPage = lazy(() => pages().then((m) => ({ default: m.MembersPage })))
const MyDataPage = lazy(() => pages().then((m) => ({ default: m.MyDataPage })))
const ReviewListPage = lazy(() => pages().then((m) => ({ default: m.ReviewListPage })))
const ReviewPage = lazy(() => pages().then((m) => ({ default: m.ReviewPage })))

function ReviewById() {
  return <ReviewPage id={useParams().id ?? ''} />
}

export const joiningRoutes: RouteObject[] = [
  // The invitation link: a visitor is asked to sign in first, on the page itself.
  { path: 'joining/invitation', element: <AcceptInvitationPage /> },
  {
    element: <RequireSignIn />,
    children: [
      { path: 'ansok', element: <ApplyPage /> },
      { path: 'admin/ansokningar', element: <ReviewListPage /> },
      { path: 'admin/ansokningar/:id', element: <ReviewById /> },
      { path: 'organisation/medlemmar', element: <MembersPage /> },
      { path: 'mina-uppgifter', element: <MyDataPage /> },
    ],
  },
]
