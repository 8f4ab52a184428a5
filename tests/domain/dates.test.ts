import { isMainThread } from 'node:worker_threads'
import { afterAll, describe, expect, it } from 'vitest'
import {
  dayDate,
  formatDayMonthYear,
  isIsoMonday,
  mondayOf,
  weekMonday,
  weekNumberOn,
  weekdayOf,
  workdayDates,
  parseDayMonthYear,
} from '../../src/domain/dates'

const originalTz = process.env.TZ
afterAll(() => {
  process.env.TZ = originalTz
})

// Node applies a TZ change at run time; the offsets checked first prove the zone really changed. Only in
// a process's main thread, though: under worker threads (the mutation runs) every zone is the process's own.
const zones = [
  { tz: 'Asia/Ho_Chi_Minh', januaryOffset: -420 },
  { tz: 'America/Los_Angeles', januaryOffset: 480 },
  { tz: 'UTC', januaryOffset: 0 },
]

describe.each(zones)('week dates in $tz', ({ tz, januaryOffset }) => {
  it.runIf(isMainThread)('runs in that zone', () => {
    process.env.TZ = tz
    expect(new Date(2025, 0, 15).getTimezoneOffset()).toBe(januaryOffset)
  })

  it("gives week N's Monday to Friday from the first Monday", () => {
    process.env.TZ = tz
    expect(weekMonday('2025-09-08', 1)).toBe('2025-09-08')
    expect(weekMonday('2025-09-08', 7)).toBe('2025-10-20')
    expect(workdayDates('2025-09-08', 7)).toEqual([
      '2025-10-20',
      '2025-10-21',
      '2025-10-22',
      '2025-10-23',
      '2025-10-24',
    ])
  })

  it('does not move across daylight-saving changes or year ends', () => {
    process.env.TZ = tz
    // Los Angeles leaves daylight saving on 2025-11-02 and enters it on 2026-03-08.
    expect(weekMonday('2025-10-27', 2)).toBe('2025-11-03')
    expect(weekMonday('2026-03-02', 2)).toBe('2026-03-09')
    expect(weekMonday('2025-12-22', 3)).toBe('2026-01-05')
    expect(weekMonday('2025-09-08', 521)).toBe('2035-08-27')
    expect(dayDate('2026-03-02', 5)).toBe('2026-03-06')
  })

  it('finds the week of a date, its weekday and its Monday', () => {
    process.env.TZ = tz
    expect(weekNumberOn('2025-09-08', '2025-09-08')).toBe(1)
    expect(weekNumberOn('2025-09-08', '2025-09-14')).toBe(1)
    expect(weekNumberOn('2025-09-08', '2025-09-15')).toBe(2)
    expect(weekNumberOn('2025-09-08', '2025-09-07')).toBeNull()
    expect(weekdayOf('2025-10-24')).toBe(5)
    expect(weekdayOf('2025-10-26')).toBe(7)
    expect(mondayOf('2025-10-26')).toBe('2025-10-20')
    expect(isIsoMonday('2025-10-20')).toBe(true)
    expect(isIsoMonday('2025-10-21')).toBe(false)
    expect(isIsoMonday('2025-02-30')).toBe(false)
    expect(formatDayMonthYear('2025-10-20')).toBe('20/10/2025')
    expect(formatDayMonthYear('')).toBe('')
  })
})

describe('dates typed as dd/MM/yyyy', () => {
  it('reads day/month/year with any separator, one-digit parts, eight digits, or ISO', () => {
    for (const text of ['20/10/2025', '20.10.2025', '20-10-2025', '20 10 2025', '20102025', ' 2025-10-20 '])
      expect(parseDayMonthYear(text), text).toBe('2025-10-20')
    expect(parseDayMonthYear('1/2/2026')).toBe('2026-02-01')
  })

  it('refuses what is not a real date', () => {
    for (const text of ['31/02/2025', '10/20/2025', '2025', '20/10/25', 'tomorrow', '', '2025-02-30'])
      expect(parseDayMonthYear(text), text).toBeNull()
  })
})
