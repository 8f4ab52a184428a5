import { readFileSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { parseWeekPage } from '/work/wt-fidelity/src/codec/parseWeekPage'
import { patchWeekPage } from '/work/wt-fidelity/src/codec/patchWeekPage'
import type { Week, WeekContent } from '/work/wt-fidelity/src/domain/types'
const files = execSync('find /work/shared/corpus -name "*.md" | sort').toString().trim().split('\n').filter(f => !/1-Worklog\/_index/.test(f))
const kinds: Record<string, (c: WeekContent) => WeekContent> = {
  retitle: (c) => c.tasks.length ? { ...c, tasks: c.tasks.map((t, i) => i === 0 ? { ...t, title: 'Renamed task' } : t) } : c,
  addTask: (c) => ({ ...c, tasks: [...c.tasks, { id: 'n', day: 3, title: 'New task', detail: '', startDate: '2025-09-24', completionDate: '', reference: '', status: 'planned' }] }),
  delTask: (c) => ({ ...c, tasks: c.tasks.slice(1) }),
  addObj: (c) => ({ ...c, objectives: [...c.objectives, { id: 'o', text: 'Learn more' }] }),
  delObj: (c) => ({ ...c, objectives: c.objectives.slice(1) }),
  summary: (c) => ({ ...c, summary: 'A new summary.' }),
  title: (c) => ({ ...c, title: 'Week X: new' }),
}
const fails: Record<string, string[]> = {}
for (const f of files) {
  const text = readFileSync(f, 'utf8')
  const base = parseWeekPage(text, { fileName: f })
  if (!base.ok) { console.log('noparse', f); continue }
  for (const [k, fn] of Object.entries(kinds)) {
    const content = fn(base.page.content)
    const week = { number: base.page.number, publishDate: base.page.publishDate, content: { [base.page.lang]: content } } as unknown as Week
    const out = patchWeekPage(text, base, week, base.page.lang)
    if (out === null) (fails[k] ??= []).push(f.replace('/work/shared/corpus/', ''))
  }
}
console.log(files.length, Object.fromEntries(Object.entries(fails).map(([k, v]) => [k, v.length])))
for (const [k, v] of Object.entries(fails)) console.log(k, v.slice(0, 20).join(' '))
