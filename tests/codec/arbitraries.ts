import fc from 'fast-check'
import { addDaysIso } from '../../src/domain/dates'
import type {
  PageStyle,
  AchievementGroup,
  AchievementItem,
  Lang,
  NoteAnchor,
  Task,
  Week,
  WeekContent,
  Weekday,
} from '../../src/domain/types'

/**
 * Generated weeks for round-trip properties. `canonical` keeps every field in the form an import
 * gives back (see roundTrip.property.test.ts for what import normalises); `wild` adds the rest.
 */
export type Flavour = 'canonical' | 'wild'

const WORDS = [
  'VPC',
  'Lab',
  'peering',
  'EC2',
  'deploy',
  'Học',
  'tiếng',
  'Việt',
  'đạt',
  'được',
  'Thứ',
  'kết',
  'quả',
  'S3',
  '3.5$',
  'v1.2',
  'don’t',
]
const INLINE = [
  '|',
  '*',
  '\\',
  '`code`',
  '_x_',
  '[docs](https://docs.aws.amazon.com/vpc/)',
  '&emsp; +',
  ':',
  '->',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '#',
  '-',
  '1.',
  '+',
  '>',
  '[ ]',
  '{{%',
]
const WILD = ['**bold**', '**', '<br>', '<br/>', '\\|', '  ', '***', '---', '\\\\']

const word = fc.constantFrom(...WORDS)
const token = (flavour: Flavour, except: string[] = []) =>
  fc.constantFrom(
    ...[...WORDS, ...INLINE, ...(flavour === 'wild' ? WILD : [])].filter((t) => !except.includes(t)),
  )

/** Words at both ends keep the text clear of what escaping would change at its edges. */
function line(flavour: Flavour, max = 8, except: string[] = []): fc.Arbitrary<string> {
  if (flavour === 'wild') {
    return fc
      .tuple(fc.array(token(flavour), { minLength: 1, maxLength: max }), fc.constantFrom(' ', ''))
      .map(([t, glue]) => t.join(glue))
  }
  return fc
    .tuple(word, fc.array(token(flavour, except), { maxLength: max }), word)
    .map(([a, middle, b]) => [a, ...middle, b].join(' '))
}

function lines(flavour: Flavour, separator: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(line(flavour), separator), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.map(([text, sep], i) => (i === 0 ? text : sep + text)).join(''))
}

const maybe = (arb: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: fc.constant(''), weight: 1 }, { arbitrary: arb, weight: 3 })

function task(flavour: Flavour, monday: string): fc.Arbitrary<Task> {
  const dateIn = fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 6 }).map((d) => addDaysIso(monday, d)),
  )
  const cellText = maybe(lines(flavour, fc.constantFrom(' ', '\n')))
  return fc
    .record({
      day: fc.integer({ min: 1, max: 7 }).map((d) => d as Weekday),
      // Asterisks in a title are escaped so that they cannot break its bold.
      title: maybe(line(flavour, 5, ['*'])),
      detail: cellText,
      startDate: dateIn,
      completionDate: dateIn,
      reference: cellText,
    })
    .map((t) => ({
      id: 'x',
      ...t,
      // A page says nothing of `in progress`; only a completion date tells that a task is done.
      status: t.completionDate ? ('done' as const) : ('planned' as const),
      // With no title, the detail is all of the cell; keep it from reading as `**Title**: …`.
      ...(t.title === '' && flavour === 'canonical' ? { detail: t.detail.replace(/^\*\*/, 'x **') } : {}),
    }))
}

function items(flavour: Flavour, depth: number): fc.Arbitrary<AchievementItem[]> {
  const child = depth > 0 ? items(flavour, depth - 1) : fc.constant<AchievementItem[]>([])
  return fc.array(
    fc.record({
      id: fc.constant('x'),
      text: line(flavour, 6),
      achieved: fc.boolean(),
      children: fc.oneof(fc.constant<AchievementItem[]>([]), child),
    }),
    { minLength: 1, maxLength: 3 },
  )
}

function groups(flavour: Flavour): fc.Arbitrary<AchievementGroup[]> {
  const titled = fc.array(
    fc.record({
      id: fc.constant('x'),
      title: line(flavour, 4),
      items: fc.oneof(fc.constant<AchievementItem[]>([]), items(flavour, 2)),
    }),
    { maxLength: 4 },
  )
  const untitled = fc.option(
    items(flavour, 2).map((list) => ({ id: 'x', title: '', items: list })),
    { nil: undefined },
  )
  return fc.tuple(untitled, titled).map(([first, rest]) => (first ? [first, ...rest] : rest))
}

const NOTES = [
  '{{% notice warning %}}\n⚠️ **Note:** do not copy verbatim\n{{% /notice %}}',
  '### Comments\n\nThe API has 2 endpoints | static and dynamic.',
  '### References\n\n- https://docs.aws.amazon.com/vpc/',
  '![diagram](/images/week.png)',
  '<!-- reviewed by mentor -->',
  'A plain paragraph kept as it was.',
]
const ANCHORS: NoteAnchor[] = ['start', 'objectives', 'tasks', 'achievements', 'summary']

function content(flavour: Flavour, monday: string): fc.Arbitrary<WeekContent> {
  return fc.record({
    title: fc.oneof(fc.constant('WEEK 7 WORKLOG'), line(flavour, 4), fc.constant('')),
    objectives: fc.array(
      maybe(flavour === 'wild' ? lines(flavour, fc.constantFrom('\n')) : line(flavour)).map((text) => ({
        id: 'x',
        text,
      })),
      { maxLength: 5 },
    ),
    tasks: fc.array(task(flavour, monday), { maxLength: 12 }),
    achievements: fc.record({
      intro: maybe(lines(flavour, fc.constantFrom(' ', '\n', '\n\n'))),
      groups: groups(flavour),
    }),
    summary: maybe(lines(flavour, fc.constantFrom(' ', '\n', '\n\n'))),
    // Notes are listed in page order, and export puts each after its section.
    notes: fc
      .array(
        fc.record({
          id: fc.constant('x'),
          after: fc.constantFrom(...ANCHORS),
          markdown: fc.constantFrom(...NOTES),
        }),
        { maxLength: 4 },
      )
      .map((notes) => [...notes].sort((a, b) => ANCHORS.indexOf(a.after) - ANCHORS.indexOf(b.after))),
  })
}

export function weekArbitrary(
  flavour: Flavour,
): fc.Arbitrary<{ week: Week; lang: Lang; section: number; days: 'seed' | 'template' }> {
  return fc
    .record({
      number: fc.integer({ min: 1, max: 16 }),
      mondayOffset: fc.integer({ min: 0, max: 200 }),
      publishDate: fc.oneof(fc.constant(''), fc.constant('2025-12-22')),
      lang: fc.constantFrom<Lang>('en', 'vi'),
      section: fc.integer({ min: 1, max: 3 }),
      days: fc.constantFrom<'seed' | 'template'>('seed', 'template'),
    })
    .chain(({ number, mondayOffset, publishDate, lang, section, days }) => {
      const monday = addDaysIso('2025-09-08', mondayOffset * 7)
      return content(flavour, monday).map((c) => ({
        week: {
          id: `j:${number}`,
          journalId: 'j',
          number,
          monday,
          publishDate,
          revision: 0,
          review: { status: 'draft' as const },
          content: { [lang]: c },
          updatedAt: '2025-10-24T10:00:00.000Z',
        },
        lang,
        section,
        days,
      }))
    })
}

/** A journal's learned page style: any mix of the variants the corpus sites write. */
export function styleArbitrary(): fc.Arbitrary<PageStyle> {
  const column = (role: 'day' | 'task' | 'start' | 'completion' | 'reference', header: string) => ({
    role,
    header,
  })
  return fc
    .record(
      {
        quote: fc.constantFrom('double' as const, 'single' as const, 'bare' as const),
        weightOffset: fc.integer({ min: 0, max: 20 }),
        pre: fc.constantFrom(' <b> 1.{n}. </b> ', ' <b> 1.{n} </b> '),
        titleLine: fc.constantFrom('', '# **{title}**', '## {title}'),
        headings: fc.constantFrom(
          {
            objectives: '### OBJECTIVES IN WEEK {n}:',
            tasks: '### TASKS OF WEEK {n}:',
            achievements: '### ACHIEVEMENTS IN WEEK {n}:',
          },
          {
            objectives: '### Week {n} Objectives:',
            tasks: '### Tasks to be carried out this week:',
            achievements: '### Week {n} Achievements:',
          },
          { tasks: '### Tasks Completed', achievements: '### Achievements' },
        ),
        table: fc.record({
          columns: fc.constantFrom(
            [
              column('day', 'Day'),
              column('task', 'Task'),
              column('start', 'Start Date'),
              column('completion', 'End Date'),
              column('reference', 'References'),
            ],
            [
              column('task', 'Task'),
              column('start', 'Start Date'),
              column('completion', 'Completion Date'),
              column('reference', 'Reference Material'),
              column('day', 'Day'),
            ],
          ),
          align: fc.constantFrom(
            [':---:', '---', ':---:', ':---:', '---'],
            ['---', '---', '---', '---', '---'],
          ),
          padded: fc.boolean(),
          aligned: fc.boolean(),
        }),
        days: fc.constantFrom(
          'seed' as const,
          'template' as const,
          'name' as const,
          'short' as const,
          'thu' as const,
        ),
        boldDays: fc.boolean(),
        dateFormat: fc.constantFrom('dd/MM/yyyy', 'dd-MM-yyyy', 'd/M/yyyy', 'dd/MM'),
        bullet: fc.constantFrom('*' as const, '-' as const),
        groups: fc.constantFrom('heading' as const, 'bold' as const, 'numbered' as const),
        rules: fc.boolean(),
      },
      { requiredKeys: [] },
    )
    .map((style) => ({ ...style, checkboxes: true }) as PageStyle)
}
