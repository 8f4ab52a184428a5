import { describe, expect, it } from 'vitest'
import { copyContent, newJournal, newTask, newWeek } from '../../src/domain/factories'
import { buildSearchIndex, foldForSearch, searchIndex, snippetOf } from '../../src/domain/search'
import type { Week } from '../../src/domain/types'

const journal = newJournal({
  owner: 'An',
  mentor: 'Bình',
  firstMonday: '2025-10-20',
  plannedWeeks: 12,
  section: 1,
  languages: ['en', 'vi'],
})

function week(number: number, fill: (week: Week) => void): Week {
  const w = newWeek(journal, number)
  fill(w)
  return w
}

describe('foldForSearch', () => {
  it('drops case and Vietnamese diacritics one character for one', () => {
    expect(foldForSearch('Tuần 3: Đọc TÀI LIỆU')).toBe('tuan 3: doc tai lieu')
    expect(foldForSearch('Ưu tiên')).toBe('uu tien')
    const text = 'Xây dựng VPC 🚀 và ECS'
    expect(foldForSearch(text)).toHaveLength(text.length)
  })
})

describe('searchIndex', () => {
  const weeks = [
    week(1, (w) => {
      const task = newTask(w.monday, 1, 'Create 2 **VPCs**')
      task.detail = 'Subnets in two zones'
      task.reference = 'https://docs.aws.amazon.com/vpc/'
      w.content.en!.tasks = [task]
      w.content.en!.summary = 'A first week of networking.'
      w.content.vi = copyContent(w.content.en!)
      w.content.vi.title = 'NHẬT KÝ TUẦN 1'
      w.content.vi.summary = 'Tuần đầu tiên học về mạng.'
    }),
    week(2, (w) => {
      w.content.en!.objectives = [{ id: 'o1', text: 'Learn ECS and Fargate' }]
      w.content.en!.achievements.groups = [
        {
          id: 'g1',
          title: 'Campus activities',
          items: [
            {
              id: 'i1',
              text: 'Attended the workshop',
              achieved: true,
              children: [{ id: 'i2', text: 'Presented the VPC lab', achieved: false, children: [] }],
            },
          ],
        },
      ]
    }),
  ]
  const index = buildSearchIndex(weeks)

  it('finds Vietnamese text typed without its accents, in the right week, language and field', () => {
    const hits = searchIndex(index, 'tuan dau')
    expect(hits.map((h) => [h.entry.weekNumber, h.entry.lang, h.entry.field])).toEqual([[1, 'vi', 'summary']])
    expect(snippetOf(hits[0]!).match).toBe('Tuần đầu')
    expect(snippetOf(searchIndex(index, 'mạng tuần')[0]!).match).toBe('mạng')
  })

  it('finds every field kind, nested achievement items included, with the editor field to focus', () => {
    const vpc = searchIndex(index, 'vpc').map(
      (h) => `${h.entry.weekNumber}/${h.entry.lang}/${h.entry.target}`,
    )
    const task = weeks[0]!.content.en!.tasks[0]!
    const viTask = weeks[0]!.content.vi!.tasks[0]!
    expect(vpc).toEqual([
      `1/en/task-${task.id}-title`,
      `1/en/task-${task.id}-reference`,
      `1/vi/task-${viTask.id}-title`,
      `1/vi/task-${viTask.id}-reference`,
      '2/en/item-i2',
    ])
    expect(searchIndex(index, 'fargate')[0]?.entry.target).toBe('objective-o1')
    expect(searchIndex(index, 'CAMPUS')[0]?.entry.field).toBe('groupTitle')
    expect(searchIndex(index, 'subnets')[0]?.entry.taskId).toBe(task.id)
  })

  it('gives nothing for a blank query or a word that is nowhere, and stops at the limit', () => {
    expect(searchIndex(index, '   ')).toEqual([])
    expect(searchIndex(index, 'kubernetes')).toEqual([])
    expect(searchIndex(index, 'e', 3)).toHaveLength(3)
  })

  it('marks the match in the original text, with the text around it on one line', () => {
    const [hit] = searchIndex(index, 'zones')
    expect(snippetOf(hit!)).toEqual({ before: 'Subnets in two ', match: 'zones', after: '' })
    const long = buildSearchIndex([
      week(3, (w) => {
        w.content.en!.summary = `${'a'.repeat(60)}\nneedle\n${'b'.repeat(60)}`
      }),
    ])
    const snippet = snippetOf(searchIndex(long, 'needle')[0]!, 10)
    expect(snippet.before).toBe('…aaaaaaaaa ')
    expect(snippet.after).toBe(' bbbbbbbbb…')
  })
})
