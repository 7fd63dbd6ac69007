import { lazy } from 'react'
import { useParams, type RouteObject } from 'react-router'
import { RequireSignIn } from '../../router/RootLayout'
import { withTexts } from '../../i18n'

/*
 * The routes of deliveries (issue 21): the carrier's board and the receipt page the note's QR code opens. One
 * chunk, fetched when one of them is first opened. A visitor who scans the code is asked to sign in first.
 */

const pages = withTexts(['reservations', 'storage'], () => import('./index'))
const CarrierBoardPage = lazy(() => pages().then((m) => ({ default: m.CarrierBoardPage })))
const ReceiptPage = lazy(() => pages().then((m) => ({ default: m.ReceiptPage })))

function ReceiptByToken() {
  return <ReceiptPage token={useParams().token ?? ''} />
}

export const deliveryRoutes: RouteObject[] = [
  {
    element: <RequireSignIn />,
    children: [
      { path: 'leveranser', element: <CarrierBoardPage /> },
      { path: 'kvitto/:token', element: <ReceiptByToken /> },
    ],
  },
]
