import type { Lang } from '../domain/types'
import type { FrontMatter } from './frontMatter'
import { numberFromTitle, placeFromPath, placeFromPre } from './weekNumber'

export interface WeekPlace {
  number: number | null
  section: number | null
}

/**
 * Which week the page is: the folder name (`1.7-Week7`), then `pre`, then the titles, then `weight`.
 * The number is null when none of them says.
 */
export function weekPlace(file: string, front: FrontMatter, titleHeading: string | null): WeekPlace {
  const fromPath = placeFromPath(file)
  const fromPre = placeFromPre(front.pre)
  const weight = front.weight
  const number =
    fromPath.number ??
    fromPre.number ??
    numberFromTitle(front.title) ??
    numberFromTitle(titleHeading) ??
    (weight !== null && weight > 0 && Number.isInteger(weight) ? weight : null)
  return { number, section: fromPath.section ?? fromPre.section }
}

/** The page's language: asked for, else the file name (`_index.vi.md`), else its headings. */
export function pageLang(file: string, asked: Lang | undefined, vietnameseHeadings: number): Lang {
  if (asked) return asked
  if (/\.vi\.(md|markdown)$/i.test(file)) return 'vi'
  if (/\.en\.(md|markdown)$/i.test(file)) return 'en'
  return vietnameseHeadings > 0 ? 'vi' : 'en'
}
