import type { RootContent } from 'mdast'
import type { PageReading } from './pageReadState'

/** Intro, group titles and lists in the achievements section go to the achievements reader. */
export function readAchievementsBlock(
  reading: PageReading,
  block: RootContent,
  next: RootContent | undefined,
): boolean {
  const region = reading.region
  if (region.kind !== 'achievements' || region.closed) return false
  return reading.achievements.accept(block, next)
}
