// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseWeekPage, type ParsedWeekPage } from '../../src/codec/parseWeekPage'
import { emitWeekPage } from '../../src/codec/emitWeekPage'
import { describeIssue } from '../../src/codec/issues'
import { pageAsWeek } from './helpers'

const FRONT = (title: string, extra = '') =>
  `---\ntitle: "${title}"\ndate: "2025-09-22"\nweight: 3\nchapter: false\npre: " <b> 1.3. </b> "\n${extra}---\n\n`

function read(text: string, fileName = 'content/1-Worklog/1.3-Week3/_index.md'): ParsedWeekPage {
  const result = parseWeekPage(text, { fileName })
  if (!result.ok) throw new Error(describeIssue(result.error))
  return result.page
}

describe('headings by meaning', () => {
  it.each([
    ['### Week 3 Objectives', '### Tasks to be carried out this week', '### Week 3 Achievements'],
    ['## OBJECTIVES IN WEEK 3:', '## TASKS OF WEEK 3:', '## ACHIEVEMENTS IN WEEK 3:'],
    [
      '#### **Mục tiêu tuần 3:**',
      '#### Các công việc cần triển khai trong tuần này:',
      '#### Kết quả đạt được tuần 3:',
    ],
    ['### MỤC TIÊU TRONG WEEK 3:', '### CÁC ĐẦU VIỆC CỦA WEEK 3:', '### THÀNH TỰU ĐẠT ĐƯỢC TRONG WEEK 3:'],
  ])('%s / %s / %s', (objectives, tasks, achievements) => {
    const page = read(
      `${FRONT('Week 3 Worklog')}${objectives}\n\n- Learn VPC\n\n${tasks}\n\n| Day | Task | Start Date | Completion Date | Reference |\n| --- | --- | --- | --- | --- |\n| 2 | Create a VPC | 22/09/2025 | 22/09/2025 | Lab 3 |\n\n${achievements}\n\n- Built a VPC\n`,
    )
    expect(page.content.objectives.map((o) => o.text)).toEqual(['Learn VPC'])
    expect(page.content.tasks).toHaveLength(1)
    expect(page.content.achievements.groups[0].items[0].text).toBe('Built a VPC')
    expect(page.warnings).toEqual([])
  })
})

describe('the tasks table', () => {
  const table = (header: string, rows: string[]) =>
    read(
      `${FRONT('Week 3')}### Tasks\n\n${header}\n${header.replace(/[^|]+/g, ' --- ')}\n${rows.join('\n')}\n`,
    ).content.tasks

  it('maps columns by name in any order, Vietnamese included', () => {
    const [task] = table('| Nguồn tài liệu | Ngày hoàn thành | Công việc | Thứ | Ngày bắt đầu |', [
      '| Docs | 24/09/2025 | **Lab 6**: Hybrid DNS | Thứ 4 | 23/09/2025 |',
    ])
    expect(task).toMatchObject({
      day: 3,
      title: 'Lab 6',
      detail: 'Hybrid DNS',
      startDate: '2025-09-23',
      completionDate: '2025-09-24',
      reference: 'Docs',
      status: 'done',
    })
  })

  it('keeps columns it has no field for as their own cells, never in the detail', () => {
    const [task] = table('| Thứ | Ngày | Công việc | Ngày bắt đầu | Ngày hoàn thành | Status | Hours |', [
      '| Thứ 2 | 22/09 | **Lab 3**: VPC | 22/09/2025 | 23/09/2025 | Done | 4 |',
    ])
    expect(task).toMatchObject({
      day: 1,
      title: 'Lab 3',
      detail: 'VPC',
      startDate: '2025-09-22',
      completionDate: '2025-09-23',
    })
    expect(task.extraCells).toEqual([
      { header: 'Ngày', text: '22/09' },
      { header: 'Status', text: 'Done' },
      { header: 'Hours', text: '4' },
    ])
  })

  it('writes the extra columns after its own when a page is written anew, and reads them back', () => {
    const page = read(
      `${FRONT('Week 3')}### Tasks\n\n| Day | Task | Status |\n| --- | --- | --- |\n| 2 | a | Done |\n| 3 | b | |\n`,
    )
    const markdown = emitWeekPage(pageAsWeek(page), 'en', { section: 1, days: 'seed' })
    expect(markdown).toContain('| Reference/Material | Status |')
    const back = read(markdown)
    expect(back.content.tasks.map((t) => t.extraCells)).toEqual([
      [{ header: 'Status', text: 'Done' }],
      undefined,
    ])
  })

  it('reads a bare Ngày column as the start date when no column names the dates', () => {
    const [task] = table('| Thứ | Ngày | Công việc |', ['| Thứ 3 | 23/09/2025 | Lab 4 |'])
    expect(task).toMatchObject({ day: 2, startDate: '2025-09-23' })
    expect(task.extraCells).toBeUndefined()
  })

  it.each([
    ['2', 1],
    ['6', 5],
    ['1 (Monday)', 1],
    ['3 (Wednesday)', 3],
    ['Mon', 1],
    ['**Tue**', 2],
    ['Thursday', 4],
    ['Thứ 2', 1],
    ['Thứ 6', 5],
    ['Thu', 4],
    ['Saturday', 6],
    ['CN', 7],
  ])('reads the day %s as weekday %i', (cell, day) => {
    expect(table('| Day | Task | Start Date |', [`| ${cell} | x | 22/09/2025 |`])[0].day).toBe(day)
  })

  it('takes the day from the start date when there is no Day column', () => {
    const tasks = table('|Task|Start Date|Completion Date|Reference Material|', [
      '|Research sandboxes|24-09-2025|25-09-2025||',
    ])
    expect(tasks[0]).toMatchObject({
      day: 3,
      startDate: '2025-09-24',
      completionDate: '2025-09-25',
      title: '',
      detail: 'Research sandboxes',
    })
  })

  it('gives dd/MM the year of the other dates, and reads month-first tables as such', () => {
    expect(
      table('| Day | Task | Start Date | Completion Date |', ['| 2 | a | 22/09 | 23/09/2025 |'])[0].startDate,
    ).toBe('2025-09-22')
    expect(
      table('| Day | Task | Start Date | Completion Date |', ['| 2 | a | 09/22/2025 | 09/23/2025 |'])[0]
        .completionDate,
    ).toBe('2025-09-23')
  })

  it('keeps <br>, &emsp; sub-items, links and escaped pipes in a cell', () => {
    const [task] = table('| Day | Task | Start Date | Completion Date | References |', [
      '| 4 | **- Practice Lab 6**<br>+ Setup DNS<br/>&emsp; + Create endpoint | 24/09/2025 | 24/09/2025 | [Lab 6](https://000010.awsstudygroup.com/)<br><https://a.b/c?x=1\\|2> |',
    ])
    expect(task.title).toBe('- Practice Lab 6')
    expect(task.detail).toBe('+ Setup DNS\n&emsp; + Create endpoint')
    expect(task.reference).toBe('[Lab 6](https://000010.awsstudygroup.com/)\n<https://a.b/c?x=1|2>')
  })

  it('keeps many tasks a day, in order', () => {
    const tasks = table('| Day | Task | Start Date |', [
      '| 2 | a | 22/09/2025 |',
      '| 2 | b | 22/09/2025 |',
      '| 2 | c | 22/09/2025 |',
    ])
    expect(tasks.map((t) => [t.day, t.detail])).toEqual([
      [1, 'a'],
      [1, 'b'],
      [1, 'c'],
    ])
  })

  it('keeps cells past the header and unreadable dates in the detail, unknown columns in their own cells, with warnings', () => {
    const page = read(
      `${FRONT('Week 3')}### Tasks\n\n| Day | Task | Start Date | Mood |\n| --- | --- | --- | --- |\n| 2 | a | TBD | happy | extra |\n`,
    )
    expect(page.content.tasks[0].detail).toBe('a\nStart Date: TBD\nextra')
    expect(page.content.tasks[0].extraCells).toEqual([{ header: 'Mood', text: 'happy' }])
    expect(page.warnings.map((w) => w.message).join('\n')).toMatch(/Mood[\s\S]*TBD[\s\S]*extra/)
    expect(page.warnings.every((w) => w.line !== null)).toBe(true)
  })

  it('marks a task done only when it has a completion date', () => {
    const tasks = table('| Day | Task | Start Date | Completion Date |', [
      '| 2 | a | 22/09/2025 | |',
      '| 3 | b | 23/09/2025 | 23/09/2025 |',
    ])
    expect(tasks.map((t) => t.status)).toEqual(['planned', 'done'])
  })
})

describe('achievements', () => {
  it('reads numbered groups with nested items', () => {
    const page = read(
      `${FRONT('Week 3')}### Week 3 Achievements\n\nIntro line.\n\n#### 1. Networking\n\n* VPC\n  * Subnets\n\n#### 2. Compute\n\n- EC2\n`,
    )
    expect(page.content.achievements.intro).toBe('Intro line.')
    expect(
      page.content.achievements.groups.map((g) => [
        g.title,
        g.items.map((i) => [i.text, i.children.map((c) => c.text)]),
      ]),
    ).toEqual([
      ['Networking', [['VPC', ['Subnets']]]],
      ['Compute', [['EC2', []]]],
    ])
  })

  it('reads per-day bold bullets as groups', () => {
    const page = read(
      `${FRONT('Week 3')}### Week 3 Achievements:\n\n* **Monday (September 22, 2025):**\n- Completed the study.\n- Gained an overview.\n\n* **Tuesday (September 23, 2025):**\n - Translated a blog.\n`,
    )
    expect(page.content.achievements.groups.map((g) => [g.title, g.items.map((i) => i.text)])).toEqual([
      ['Monday (September 22, 2025)', ['Completed the study.', 'Gained an overview.']],
      ['Tuesday (September 23, 2025)', ['Translated a blog.']],
    ])
  })

  it('marks every listed item achieved, and an open box as not achieved', () => {
    const page = read(`${FRONT('Week 3')}### Achievements\n\n* done\n* [ ] still open\n* [x] ticked\n`)
    expect(page.content.achievements.groups[0].items.map((i) => [i.text, i.achieved])).toEqual([
      ['done', true],
      ['still open', false],
      ['ticked', true],
    ])
  })
})

describe('what fits nowhere is kept as notes, in order, and reported', () => {
  const text = `${FRONT('Week 3 Worklog')}{{% notice warning %}}\n⚠️ **Note:** for reference only.\n{{% /notice %}}\n\n### Week 3 Objectives\n\n- Decide on a topic\n\n### Tasks and Achivements\n\n|Task|Start Date|Completion Date|Reference Material|\n| --- | --- | --- | --- |\n|Decide on the topic.|22-09-2025|22-09-2025||\n\n### Comments\n\n#### General\n\nThe API will have 2 endpoints.\n\n![diagram](/images/a.png)\n\n<!-- draft -->\n`

  it('anchors each note after the section it followed', () => {
    const page = read(text)
    expect(page.content.notes.map((n) => [n.after, n.markdown.split('\n')[0]])).toEqual([
      ['start', '{{% notice warning %}}'],
      ['tasks', '### Comments'],
    ])
    expect(page.content.notes[1].markdown).toContain('<!-- draft -->')
    expect(page.warnings.map(describeIssue)).toEqual([
      'content/1-Worklog/1.3-Week3/_index.md, line 9: kept as a note after the page title: “{{% notice warning %}} ⚠️ **Note:** for reference only. {…”',
      'content/1-Worklog/1.3-Week3/_index.md, line 23: kept as a note after the tasks: “### Comments #### General The API will have 2 endpoints. …”',
    ])
  })

  it('puts the notes back at their anchors on export, and reads them back the same', () => {
    const page = read(text)
    const markdown = emitWeekPage(pageAsWeek(page), 'en', { section: 1, days: 'seed' })
    expect(markdown.indexOf('{{% notice warning %}}')).toBeLessThan(markdown.indexOf('Week 3 Objectives'))
    expect(markdown.indexOf('### Comments')).toBeGreaterThan(markdown.indexOf('| Decide on the topic. |'))
    expect(markdown.indexOf('### Comments')).toBeLessThan(markdown.indexOf('Week 3 Achievements'))
    const again = read(markdown, 'week.md')
    expect(again.content.notes.map((n) => [n.after, n.markdown])).toEqual(
      page.content.notes.map((n) => [n.after, n.markdown]),
    )
  })
})

describe('front matter and week number', () => {
  it.each([
    ['date: 2025-09-07', '2025-09-07'],
    ['date: "2025-09-07"', '2025-09-07'],
    ['date: "`r Sys.Date()`"', ''],
    ['', ''],
  ])('reads %s as publish date %s', (line, date) => {
    const page = read(
      `---\ntitle: "Week 3"\n${line}\npre: " <b> 1.3 </b> "\n---\n\n### Week 3 Objectives\n\n- a\n`,
      'week.md',
    )
    expect(page.publishDate).toBe(date)
  })

  it('takes the week number from the folder, then pre, then the title, then weight', () => {
    const body = '\n### Objectives\n\n- a\n'
    expect(
      read(`---\ntitle: "Week 9"\nweight: 1\n---\n${body}`, 'content/1-Worklog/2.4-Week4/_index.md'),
    ).toMatchObject({ number: 4, section: 2 })
    expect(
      read(`---\ntitle: "Week 9"\nweight: 1\npre: " <b> 1.5. </b> "\n---\n${body}`, 'x.md'),
    ).toMatchObject({ number: 5, section: 1 })
    expect(read(`---\ntitle: "Worklog Tuần 6"\nweight: 1\n---\n${body}`, 'x.md').number).toBe(6)
    expect(read(`---\ntitle: "Log"\nweight: 8\n---\n${body}`, 'x.md').number).toBe(8)
  })

  it('reads Vietnamese from the file name or the headings', () => {
    expect(read(`${FRONT('Tuần 3')}### Mục tiêu tuần 3:\n\n- a\n`, 'x/1.3-Week3/_index.vi.md').lang).toBe(
      'vi',
    )
    expect(read(`${FRONT('Tuần 3')}### Mục tiêu tuần 3:\n\n- a\n`, 'week3.md').lang).toBe('vi')
    expect(read(`${FRONT('Week 3')}### Week 3 Objectives\n\n- a\n`, 'week3.md').lang).toBe('en')
  })
})

describe('an unclosed front matter block', () => {
  it('still has its lists read, keeps its lines as a note and says the block is never closed', () => {
    const page = read(
      '---\ntitle: "Week 3"\n\n### Objectives\n\n- Learn VPC\n- Learn IAM\n\n### Achievements\n\n- Built a VPC\n',
    )
    expect(page.content.objectives.map((o) => o.text)).toEqual(['Learn VPC', 'Learn IAM'])
    expect(page.content.achievements.groups[0].items.map((i) => i.text)).toEqual(['Built a VPC'])
    expect(page.content.notes.map((n) => n.markdown)).toEqual(['title: "Week 3"'])
    expect(page.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/never closed/))
  })

  it('is no front matter warning when the page only opens with a rule', () => {
    const page = read('---\n\n### Objectives\n\n- Learn VPC\n')
    expect(page.content.objectives).toHaveLength(1)
    expect(page.warnings).toEqual([])
  })
})

describe('errors name the file and say why', () => {
  it.each([
    ['', /notes\.md: the file is empty/],
    [
      '# Shopping list\n\n- milk\n- eggs\n',
      /notes\.md: this is not a worklog page: it has no objectives, tasks or achievements section/,
    ],
    ['---\ntitle: "Worklog"\npre: " <b> 1. </b> "\n---\n\n**Week 1:** [Intro](1.1-Week1/)\n', /section page/],
    [
      '---\ntitle: [unclosed\n---\n\n### Objectives\n\n- a\n',
      /notes\.md, line \d+: the front matter is not valid YAML/,
    ],
    ['---\ntitle: "Log"\n---\n\n### Objectives\n\n- a\n', /notes\.md: cannot tell which week this page is/],
  ])('%j', (text, message) => {
    const result = parseWeekPage(text, { fileName: 'notes.md' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(describeIssue(result.error)).toMatch(message)
  })
})

describe('HTML in imported text stays text', () => {
  it('keeps <script> and onerror= payloads as the characters they are, uninterpreted', () => {
    const payload = '<script>alert(1)</script>'
    const img = '<img src=x onerror=alert(1)>'
    const page = read(
      `${FRONT('Week 3')}### Week 3 Objectives\n\n- Learn ${payload}\n\n### Tasks\n\n| Day | Task | Start Date | Reference |\n| --- | --- | --- | --- |\n| 2 | **Lab ${img}**: ${payload} | 22/09/2025 | ${img} |\n\n**Summary:**\nDone ${payload}\n`,
    )
    expect(page.content.objectives[0].text).toBe(`Learn ${payload}`)
    expect(page.content.tasks[0]).toMatchObject({ title: `Lab ${img}`, detail: payload, reference: img })
    expect(page.content.summary).toBe(`Done ${payload}`)
    // Plain strings through and through: nothing was run, and nothing became a DOM node.
    expect(JSON.stringify(page.content)).toContain('onerror=alert(1)')
  })
})
