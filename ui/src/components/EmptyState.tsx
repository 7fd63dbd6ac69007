import type { ReactNode } from 'react'

type Props = {
  /** That there is nothing here (yet): "Inga byggnader ännu." */
  message: string
  /** What to do about it, in a sentence: where new rows come from, or which button makes one. */
  hint?: ReactNode
  testId?: string
}

/** What a list shows instead of rows: that there are none, and what to do to get some. */
export function EmptyState({ message, hint, testId }: Props) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p className="empty-state__message">{message}</p>
      {hint && <p className="empty-state__hint">{hint}</p>}
    </div>
  )
}
