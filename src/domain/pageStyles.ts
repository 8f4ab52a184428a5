import type { Lang, PageStyle } from './types'

/** The page styles a new journal can start in: the seed's (the app's own) or the FCJ template's. */
export type StartingStyle = 'seed' | 'template'

/**
 * The FCJ programme template's week page: plain `###` headings with a colon, a Day column of `2`..`6`
 * (Thứ 2 = Monday), dates dd/MM/yyyy, no title line and no `---` rules. `pre` and `weight` stay the
 * journal's own section and week number.
 */
const TEMPLATE_STYLE: Record<Lang, PageStyle> = {
  en: {
    titleLine: '',
    headings: {
      objectives: '### Week {n} Objectives:',
      tasks: '### Tasks to be carried out this week:',
      achievements: '### Week {n} Achievements:',
    },
    table: {
      columns: [
        { header: 'Day', role: 'day' },
        { header: 'Task', role: 'task' },
        { header: 'Start Date', role: 'start' },
        { header: 'Completion Date', role: 'completion' },
        { header: 'Reference Material', role: 'reference' },
      ],
      align: ['---', '---', '---', '---', '---'],
      padded: true,
    },
    days: 'template',
    dateFormat: 'dd/MM/yyyy',
    bullet: '*',
    rules: false,
  },
  vi: {
    titleLine: '',
    headings: {
      objectives: '### Mục tiêu tuần {n}:',
      tasks: '### Các công việc cần triển khai trong tuần này:',
      achievements: '### Kết quả đạt được tuần {n}:',
    },
    table: {
      columns: [
        { header: 'Thứ', role: 'day' },
        { header: 'Công việc', role: 'task' },
        { header: 'Ngày bắt đầu', role: 'start' },
        { header: 'Ngày hoàn thành', role: 'completion' },
        { header: 'Nguồn tài liệu', role: 'reference' },
      ],
      align: ['---', '---', '---', '---', '---'],
      padded: true,
    },
    days: 'template',
    dateFormat: 'dd/MM/yyyy',
    bullet: '*',
    rules: false,
  },
}

/** The style stored with a new journal: none for the seed's (export writes the seed's shape). */
export function startingStyle(choice: StartingStyle): { pageStyle?: Record<Lang, PageStyle> } {
  return choice === 'template' ? { pageStyle: TEMPLATE_STYLE } : {}
}
