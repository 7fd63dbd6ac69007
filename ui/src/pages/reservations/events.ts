import { useEffect, useRef } from 'react'

/*
 * "Reservations may have changed": sent by the notification bell when new notifications arrive or one is followed
 * (its link may be the page already open), so the open reservation lists load again.
 */

const EVENT = 'kretslopp:reservations-changed'

export function announceReservationsChanged() {
  window.dispatchEvent(new Event(EVENT))
}

export function useOnReservationsChanged(callback: () => void) {
  const latest = useRef(callback)
  useEffect(() => {
    latest.current = callback
  })
  useEffect(() => {
    const listener = () => latest.current()
    window.addEventListener(EVENT, listener)
    return () => window.removeEventListener(EVENT, listener)
  }, [])
}
