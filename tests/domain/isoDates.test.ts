import { describe, expect, it } from 'vitest'
import {
  isIsoDate,
  parseDayMonthYear,
  parseIsoDate,
  todayIso,
  weekNumberOn,
  weekdayOf,
} from '../../src/domain/dates'

describe('ISO dates', () => {
  it('are exactly yyyy-MM-dd of a real day', () => {
    expect(parseIsoDate('2025-10-20')?.getDate()).toBe(20)
    for (const text of [
      'x2025-10-20',
      '2025-10-20x',
      '2025-13-01',
      '2025-00-10',
      '2025-02-29',
      '2025-04-31',
      '',
    ])
      expect(isIsoDate(text), text).toBe(false)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(todayIso(new Date(2025, 0, 5))).toBe('2025-01-05')
  })

  it('refuse a weekday or week number for what is not a date', () => {
    expect(() => weekdayOf('2025-02-30')).toThrow(/Not a date: 2025-02-30/)
    expect(weekNumberOn('2025-09-08', 'soon')).toBeNull()
    expect(weekNumberOn('never', '2025-09-08')).toBeNull()
  })

  it('typed as dd/MM/yyyy are read only when the whole text is a date', () => {
    for (const text of [
      'x20/10/2025',
      '20/10/2025x',
      '20/10/20255',
      '120/10/2025',
      '2025-10-20x',
      'x2025-10-20',
      '120102025',
      '201020250',
    ])
      expect(parseDayMonthYear(text), text).toBeNull()
    expect(parseDayMonthYear('20 / 10 / 2025')).toBe('2025-10-20')
    expect(parseDayMonthYear('20//10//2025')).toBe('2025-10-20')
  })
})
