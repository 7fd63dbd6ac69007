import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TableScroll } from './TableScroll'

const rows = (
  <tbody>
    <tr>
      <td>Innerdörr</td>
    </tr>
  </tbody>
)

describe('scrolling table', () => {
  it('is a named region the keyboard reaches, around the table', async () => {
    render(
      <>
        <button type="button">före</button>
        <TableScroll label="Poster" className="table table--cards" testId="items-table">
          {rows}
        </TableScroll>
      </>,
    )
    const region = screen.getByRole('region', { name: 'Poster' })
    expect(region.getAttribute('tabindex')).toBe('0')
    expect(screen.getByTestId('items-table').className).toBe('table table--cards')
    expect(region.contains(screen.getByTestId('items-table'))).toBe(true)
    await userEvent.tab()
    await userEvent.tab()
    expect(document.activeElement).toBe(region)
  })

  it('takes its name from a heading', () => {
    render(
      <>
        <h2 id="lots-title">Lagerposter</h2>
        <TableScroll labelledBy="lots-title">{rows}</TableScroll>
      </>,
    )
    expect(screen.getByRole('region', { name: 'Lagerposter' }).getAttribute('aria-labelledby')).toBe('lots-title')
    expect(screen.getByRole('table').className).toBe('table')
  })
})
