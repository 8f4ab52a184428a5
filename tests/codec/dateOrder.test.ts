import { describe, expect, it } from 'vitest'
import { tableDateOrder } from '../../src/codec/dateOrder'
import type { Weekday } from '../../src/domain/types'

const rows = (cells: string[], days: (Weekday | null)[] = []) =>
  cells.map((cell, i) => ({ cells: [cell, cell], day: days[i] ?? null }))

describe('the date order of a tasks table', () => {
  it('reads an ambiguous table month first when only that puts its dates in one week', () => {
    const table = rows(['10/06/2025', '10/07/2025', '10/08/2025', '10/09/2025', '10/10/2025'])
    expect(tableDateOrder(table, null)).toEqual({ order: 'month-first', guessed: true })
  })

  it('keeps day first where both orders hold together, and where one cell decides', () => {
    expect(tableDateOrder(rows(['01/12/2026'], [1]), null).order).toBe('day-first')
    expect(tableDateOrder(rows(['06/10/2025', '07/10/2025', '08/10/2025']), null).order).toBe('day-first')
    expect(tableDateOrder(rows(['09/22/2025', '10/03/2025']), null)).toEqual({
      order: 'month-first',
      guessed: false,
    })
    expect(tableDateOrder(rows(['22/09/2025', '03/10/2025']), null)).toEqual({
      order: 'day-first',
      guessed: false,
    })
  })
})
