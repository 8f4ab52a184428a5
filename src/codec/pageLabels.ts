import type { Lang } from '../domain/types'

/** The words of an exported page, in the wording the published English and Vietnamese pages use. */
export interface PageLabels {
  objectives: (week: number) => string
  tasks: string
  achievements: (week: number) => string
  summary: string
  columns: readonly [string, string, string, string, string]
  sectionTitle: string
  sectionWeek: (week: number) => string
}

export const PAGE_LABELS: Record<Lang, PageLabels> = {
  en: {
    objectives: (n) => `Week ${n} Objectives`,
    tasks: 'Tasks to be carried out this week',
    achievements: (n) => `Week ${n} Achievements`,
    summary: 'Summary:',
    columns: ['Day', 'Task', 'Start Date', 'Completion Date', 'Reference/Material'],
    sectionTitle: 'Worklog',
    sectionWeek: (n) => `Week ${n}:`,
  },
  vi: {
    objectives: (n) => `Mục tiêu tuần ${n}`,
    tasks: 'Các công việc cần triển khai trong tuần này',
    achievements: (n) => `Kết quả đạt được tuần ${n}`,
    summary: 'Tổng kết:',
    columns: ['Thứ', 'Công việc', 'Ngày bắt đầu', 'Ngày hoàn thành', 'Nguồn tài liệu'],
    sectionTitle: 'Nhật ký công việc',
    sectionWeek: (n) => `Tuần ${n}:`,
  },
}
