import type { Lang, Weekday } from '../domain/types'
import { foldText } from './headingKinds'

const ENGLISH: Record<string, Weekday> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
}
const VIETNAMESE: Record<string, Weekday> = {
  'thu hai': 1,
  'thu ba': 2,
  'thu tu': 3,
  'thu nam': 4,
  'thu sau': 5,
  'thu bay': 6,
  'chu nhat': 7,
  cn: 7,
}

/**
 * The Day column as people write it: `2`..`6` (Vietnamese numbering, Thứ 2 = Monday), `1 (Monday)`,
 * `Mon`, `**Mon**`, `Monday`, `Thứ 2`. A weekday name wins over a number, since `1 (Monday)` and
 * `2 (Monday)` only agree on the name. Null when the cell says nothing about a day.
 */
export function parseDayCell(cell: string): Weekday | null {
  const folded = foldText(cell)
  if (!folded) return null
  // Vietnamese first: `Thứ 2` folds to `thu 2`, and `thu` alone is English for Thursday.
  const thu = /\bthu (\d)\b/.exec(folded)
  if (thu) return vietnameseNumber(Number(thu[1]))
  for (const [name, day] of Object.entries(VIETNAMESE)) {
    if (` ${folded} `.includes(` ${name} `)) return day
  }
  for (const word of folded.split(' ')) {
    const day = ENGLISH[word]
    if (day) return day
  }
  const day = /\bday (\d)\b/.exec(folded)
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 7) return Number(day[1]) as Weekday
  const bare = /^(\d)\b/.exec(folded)
  if (bare) return vietnameseNumber(Number(bare[1]))
  return null
}

/** 2..7 are Thứ 2..Thứ 7 (Monday..Saturday); 8 and CN are Sunday; 1 has no Vietnamese meaning, so Monday. */
function vietnameseNumber(n: number): Weekday | null {
  if (n === 1) return 1
  if (n >= 2 && n <= 8) return (n - 1) as Weekday
  return null
}

const ENGLISH_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const VIETNAMESE_NAMES = ['Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6', 'Thứ 7', 'Chủ nhật']

export type DayStyle = 'seed' | 'template'

/** `1 (Monday)` / `Thứ 2` in the seed's style; `2`..`6` (and `7`, `CN`) in the FCJ template's. */
export function formatDayCell(day: Weekday, lang: Lang, style: DayStyle): string {
  if (style === 'template') return day === 7 ? 'CN' : String(day + 1)
  return lang === 'vi' ? VIETNAMESE_NAMES[day - 1] : `${day} (${ENGLISH_NAMES[day - 1]})`
}
