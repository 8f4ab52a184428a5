/** The sections a week page is made of, recognised by meaning rather than by exact wording. */
export type SectionKind = 'objectives' | 'tasks' | 'achievements' | 'summary'

/** Lower case, no diacritics, words separated by single spaces: `Mục tiêu tuần 1:` → `muc tieu tuan 1`. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const NOT_THIS_WEEK = /\b(next week|upcoming|tuan toi|tuan sau|ke hoach tuan)\b/
const TASKS = /\b(tasks?|cong viec|nhiem vu|dau viec|activities|hoat dong|viec da lam|work done)\b/
const OBJECTIVES = /\b(objectives?|goals?|aims?|muc tieu)\b/
const ACHIEVEMENTS =
  /\b(achievements?|achivements?|achieved|results?|outcomes?|accomplishments?|ket qua|thanh tuu|thanh qua|dat duoc)\b/
const SUMMARY = /\b(summary|summaries|conclusions?|tong ket|tom tat|ket luan)\b/

/** Tasks come first so that `Tasks and Achievements` (one table under one heading) reads as the tasks. */
export function classifyHeading(text: string): SectionKind | null {
  const folded = foldText(text)
  if (!folded || NOT_THIS_WEEK.test(folded)) return null
  if (TASKS.test(folded)) return 'tasks'
  if (OBJECTIVES.test(folded)) return 'objectives'
  if (ACHIEVEMENTS.test(folded)) return 'achievements'
  if (SUMMARY.test(folded)) return 'summary'
  return null
}

/** `**Summary:**` opens the summary as a paragraph rather than a heading; so does `**Tổng kết:**`. */
export function isSummaryLabel(text: string): boolean {
  const folded = foldText(text)
  return SUMMARY.test(folded) && folded.split(' ').length <= 3
}
