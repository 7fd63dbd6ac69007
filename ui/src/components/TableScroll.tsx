import type { ReactNode } from 'react'

type Props = {
  /** What the table shows, read out when the keyboard focus reaches its scrolling region … */
  label?: string
  /** … or the id of the heading that already says it. */
  labelledBy?: string
  /** The table's class; `table--cards` turns its rows into cards on a phone. */
  className?: string
  testId?: string
  children: ReactNode
}

/**
 * A wide table that scrolls sideways inside its own region. The region is focusable and named, so someone using a
 * keyboard can reach it and scroll it with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableScroll({ label, labelledBy, className = 'table', testId, children }: Props) {
  return (
    // A focusable region is what makes a scrolling area reachable by keyboard; jsx-a11y cannot tell it scrolls.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-wrap" role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      <table className={className} data-testid={testId}>
        {children}
      </table>
    </div>
  )
}
