/**
 * The picture and unread count of a header button (the bell, the envelope): a 24×24 icon of one path, and a badge
 * with the count when there is something unread. Both are hidden from assistive technology: the button's name says
 * the count.
 */
export function HeaderIcon({ path, count, testId }: { path: string; count: number; testId: string }) {
  return (
    <>
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={path} fill="currentColor" />
      </svg>
      {count > 0 && (
        <span className="bell__badge" aria-hidden="true" data-testid={testId}>
          {count > 99 ? '99+' : count}
        </span>
      )}
    </>
  )
}
