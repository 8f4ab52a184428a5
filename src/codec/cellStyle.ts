import { formatDayMonthYear } from '../domain/dates'
import type { IsoDate, Lang, Weekday } from '../domain/types'
import { formatDayCell } from './days'

/** How a page writes a day or a date in its table, learned from one of its own cells. */
export type CellFormat<T> = (value: T) => string

const EN_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const VI_WORDS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']

const DAY_STYLES: CellFormat<Weekday>[] = [
  (d) => formatDayCell(d, 'en', 'seed'),
  (d) => formatDayCell(d, 'vi', 'seed'),
  (d) => formatDayCell(d, 'en', 'template'),
  (d) => `Thứ ${d + 1}`,
  (d) => EN_NAMES[d - 1],
  (d) => EN_NAMES[d - 1].slice(0, 3),
  (d) => EN_NAMES[d - 1].toUpperCase(),
  (d) => VI_WORDS[d - 1],
  (d) => `Day ${d}`,
  (d) => String(d),
]

/** `**Mon**` → bold: the page's wrapper around the day, kept for new rows. */
function wrapperOf(sample: string): { inner: string; wrap: (text: string) => string } {
  const bold = /^(\*\*|__)(.*)\1$/.exec(sample.trim())
  if (bold) return { inner: bold[2], wrap: (text) => `${bold[1]}${text}${bold[1]}` }
  return { inner: sample.trim(), wrap: (text) => text }
}

/** The day style that writes `sample` for `day` (`Mon`, `**Mon**`, `2`, `Thứ 2`, `1 (Monday)`); else the seed's. */
export function dayFormatOf(sample: string, day: Weekday, lang: Lang): CellFormat<Weekday> {
  const { inner, wrap } = wrapperOf(sample)
  const style = DAY_STYLES.find((format) => format(day) === inner)
  return style ? (d) => wrap(style(d)) : (d) => formatDayCell(d, lang, 'seed')
}

const pad = (n: string, padded: boolean) => (padded ? n.padStart(2, '0') : String(Number(n)))

function dateStyles(): CellFormat<IsoDate>[] {
  const styles: CellFormat<IsoDate>[] = []
  for (const order of ['dmy', 'mdy', 'ymd', 'dm', 'md'] as const)
    for (const sep of ['/', '-', '.'])
      for (const padded of [true, false])
        styles.push((iso) => {
          const [y, m, d] = iso.split('-')
          const parts = { d: pad(d, padded), m: pad(m, padded), y }
          return [...order].map((part) => parts[part as 'd' | 'm' | 'y']).join(sep)
        })
  return styles
}
const DATE_STYLES = dateStyles()

/** The date style that writes `sample` for `date` (`22/09/2025`, `09/22/2025`, `2025-09-22`, `22/9`). */
export function dateFormatOf(sample: string, date: IsoDate | ''): CellFormat<IsoDate | ''> {
  const { inner, wrap } = wrapperOf(sample)
  const style = date ? DATE_STYLES.find((format) => format(date) === inner) : undefined
  return style ? (d) => (d ? wrap(style(d)) : '') : formatDayMonthYear
}
