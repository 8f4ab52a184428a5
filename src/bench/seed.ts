// Helpers for `npm run bench` (scripts/bench.ts), built only with BENCH=1 as bench.html.
// The journal is written through the app's own factories and repository, so the stored records
// (weeks, summaries) are exactly what the app itself writes.

import { readPickedFiles } from '../codec/pickedFiles'
import { newJournal, newWeek, newTask } from '../domain/factories'
import { newId } from '../domain/ids'
import { summarizeWeek } from '../domain/progress'
import { WeekSchema } from '../domain/schema'
import type { AchievementItem, Week, Weekday } from '../domain/types'
import { DB_NAME } from '../storage/db'
import { putDraft } from '../storage/drafts'
import { getWeek, importBatch, listWeekSummaries, putJournal, saveWeek } from '../storage/repository'

/** A small deterministic generator, so that every run seeds the same journal. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Phrases in the manner of the corpus pages (AWS internship worklogs).
const TASKS = [
  'Learn and integrate AWS Image Builder: configure IAM roles and instance profiles',
  'Debug and test the new Terraform structure, resolve module dependencies',
  'Research Terraform dependency management and analyse deployment failures',
  'Set up the lab VPC with two public and two private subnets',
  'Read the IAM guide: policies, roles and permission boundaries',
  'Deploy a static website on S3 with CloudFront and a custom domain',
  'Practice EC2 Auto Scaling with a launch template and target tracking',
  'Attend the weekly First Cloud Journey meeting and take notes',
  'Write a Lambda function that resizes images uploaded to S3',
  'Configure CloudWatch alarms and an SNS topic for the billing budget',
  'Translate the workshop chapter on DynamoDB into Vietnamese',
  'Review the Well-Architected Framework pillars with the team',
]
const ITEMS = [
  'Understood how security groups differ from network ACLs',
  'Created an IAM user with least-privilege permissions and MFA',
  'Built a VPC from scratch and connected it through a NAT gateway',
  'Launched an EC2 instance and connected with Session Manager',
  'Used the AWS CLI to list, copy and sync S3 buckets',
  'Explained the difference between RDS Multi-AZ and read replicas',
  'Wrote an infrastructure template and deployed it with CloudFormation',
  'Set up a budget alert so that the free tier is not exceeded',
  'Presented the weekly progress to the mentor and received feedback',
  'Documented the lab steps in the Hugo workshop site',
]
const GROUPS = [
  'Campus learning activities',
  'AWS services practised',
  'Teamwork and communication',
  'Documentation',
]

export interface SeedResult {
  journalId: string
  weeks: number
  tasks: number
  items: number
  ms: number
}

async function seed(
  weeks = 520,
  seedValue = 42,
  options: { owner?: string; readOnly?: boolean; firstMonday?: string } = {},
): Promise<SeedResult> {
  const started = performance.now()
  const rnd = random(seedValue)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1))
  const journal = await putJournal({
    ...newJournal({
      owner: options.owner ?? 'Bench Intern',
      mentor: 'Bench Mentor',
      firstMonday: options.firstMonday ?? '2016-01-04',
      plannedWeeks: weeks,
      section: 1,
      languages: ['en'],
    }),
    readOnly: options.readOnly ?? false,
  })
  let tasks = 0
  let items = 0
  const list: Week[] = []
  for (let n = 1; n <= weeks; n++) {
    const week = newWeek(journal, n)
    const content = week.content.en!
    const taskCount = between(5, 10)
    for (let i = 0; i < taskCount; i++) {
      const day = ((i % 5) + 1) as Weekday
      const task = newTask(week.monday, day, `${pick(TASKS)} (${n}.${i + 1})`)
      task.detail = `${pick(TASKS)}. ${pick(ITEMS)}.`
      task.reference = 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/what-is-image-builder.html'
      task.status = rnd() < 0.7 ? 'done' : rnd() < 0.5 ? 'in-progress' : 'planned'
      content.tasks.push(task)
    }
    tasks += taskCount
    const itemCount = between(10, 30)
    const groupCount = between(2, 4)
    content.achievements.groups = Array.from({ length: groupCount }, (_, g) => ({
      id: newId(),
      title: GROUPS[g % GROUPS.length]!,
      items: [] as AchievementItem[],
    }))
    for (let i = 0; i < itemCount; i++) {
      content.achievements.groups[i % groupCount]!.items.push({
        id: newId(),
        text: pick(ITEMS),
        achieved: rnd() < 0.6,
        children: [],
      })
    }
    items += itemCount
    content.objectives = [pick(TASKS), pick(TASKS), pick(TASKS)].map((text) => ({ id: newId(), text }))
    content.summary = `Week ${n}: ${pick(ITEMS)}. ${pick(ITEMS)}. Next week: ${pick(TASKS).toLowerCase()}.`
    week.revision = 1
    week.review = { status: n % 7 === 0 ? 'approved' : n % 5 === 0 ? 'submitted' : 'draft' }
    list.push(week)
  }
  await importBatch({ journals: [], weeks: list, comments: [] })
  return { journalId: journal.id, weeks, tasks, items, ms: performance.now() - started }
}

/** A raw connection kept open across runs, so that the floor is one put, not an open. */
let bare: IDBDatabase | null = null
async function bareConnection(): Promise<IDBDatabase> {
  if (bare) return bare
  bare = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME)
    open.onerror = () => reject(open.error)
    open.onsuccess = () => resolve(open.result)
  })
  return bare
}

function putOnce(database: IDBDatabase, record: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = database.transaction('weeks', 'readwrite')
    tx.objectStore('weeks').put(record)
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error)
  })
}

/**
 * Times a week edit saved by the repository (saveWeek: the stale-revision check, the week and its
 * summary in one transaction) against a bare IndexedDB put of the same record, alternating the two.
 */
async function saveTimes(
  journalId: string,
  number: number,
  runs = 21,
): Promise<{ app: number[]; bare: number[] }> {
  const app: number[] = []
  const bareTimes: number[] = []
  const database = await bareConnection()
  for (let i = 0; i < runs; i++) {
    const week = (await getWeek(journalId, number))!
    const edited: Week = {
      ...week,
      content: { ...week.content, en: { ...week.content.en!, summary: `${week.content.en!.summary} +${i}` } },
    }
    let t0 = performance.now()
    const saved = await saveWeek(edited, week.revision)
    app.push(performance.now() - t0)
    const record = {
      ...saved,
      content: { ...saved.content, en: { ...saved.content.en!, summary: `${saved.content.en!.summary}!` } },
    }
    t0 = performance.now()
    await putOnce(database, record)
    bareTimes.push(performance.now() - t0)
  }
  return { app, bare: bareTimes }
}

/** Times the overview's read: every week summary of the journal, validated, through the repository. */
async function readSummaries(journalId: string, runs = 5): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await listWeekSummaries(journalId)
    times.push(performance.now() - t0)
  }
  return times
}

/** A mentor's cohort: `interns` journals of `weeks` weeks each, as review copies (read-only). */
async function seedCohort(
  interns = 50,
  weeks = 12,
): Promise<{ journals: number; weeks: number; ms: number }> {
  const started = performance.now()
  for (let i = 0; i < interns; i++)
    await seed(weeks, 1000 + i, { owner: `Intern ${i + 1}`, readOnly: true, firstMonday: '2026-09-07' })
  return { journals: interns, weeks: interns * weeks, ms: performance.now() - started }
}

/**
 * The parts of a save besides the IndexedDB put, timed alone on one stored week: the schema check,
 * the overview summary, and the draft note (JSON into localStorage, and the IndexedDB draft).
 */
async function saveParts(journalId: string, number: number, runs = 21) {
  const week = (await getWeek(journalId, number))!
  // The page's clock is coarse (0.1 ms): each part runs `REPEAT` times per sample.
  const REPEAT = 20
  const timed = (f: () => void) => {
    const t0 = performance.now()
    for (let k = 0; k < REPEAT; k++) f()
    return (performance.now() - t0) / REPEAT
  }
  const times = {
    validate: [] as number[],
    summary: [] as number[],
    note: [] as number[],
    draft: [] as number[],
  }
  for (let i = 0; i < runs; i++) {
    times.validate.push(timed(() => WeekSchema.parse(week)))
    times.summary.push(timed(() => summarizeWeek(week)))
    times.note.push(
      timed(() =>
        localStorage.setItem(
          'worklog:bench:note',
          JSON.stringify({ base: week.revision, week, at: Date.now() }),
        ),
      ),
    )
    const t0 = performance.now()
    await putDraft({ id: `bench:${i}`, journalId: 'bench-drafts', base: 0, week, at: Date.now() })
    times.draft.push(performance.now() - t0)
  }
  localStorage.removeItem('worklog:bench:note')
  return times
}

/** The codec alone on the files picked in the bench page's folder input: read and parsed, in the page. */
async function codecTimes(runs = 5): Promise<{ ms: number[]; weeks: number; files: number }> {
  const input = document.getElementById('bench-folder') as HTMLInputElement
  const files = [...(input.files ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }))
  const ms: number[] = []
  let weeks = 0
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const analysis = await readPickedFiles(files)
    ms.push(performance.now() - t0)
    weeks = analysis.kind === 'pages' ? analysis.imported.weeks.length : -1
  }
  return { ms, weeks, files: files.length }
}

const api = { seed, seedCohort, saveTimes, readSummaries, saveParts, codecTimes }
declare global {
  interface Window {
    bench?: typeof api
  }
}
window.bench = api
document.getElementById('bench-status')!.textContent = 'Bench helpers ready'
