/**
 * Mutation testing per folder: `npm run mutation` runs Stryker (stryker.config.mjs) once for each of
 * src/domain, src/codec, src/storage and src/sync, incrementally (reports/stryker-incremental-<folder>.json,
 * committed), then prints the mutation score per folder as a table and as JSON.
 *   npm run mutation -- domain sync     only these folders
 *   npm run mutation -- --report        no run: the scores of the last reports
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const FOLDERS = ['domain', 'codec', 'storage', 'sync'] as const
type Folder = (typeof FOLDERS)[number]

const args = process.argv.slice(2)
const reportOnly = args.includes('--report')
const unknown = args.filter((arg) => arg !== '--report' && !FOLDERS.includes(arg as Folder))
if (unknown.length > 0) {
  console.error(`Unknown folder ${unknown.join(', ')}; the folders are ${FOLDERS.join(', ')}.`)
  process.exit(2)
}
const picked = args.filter((arg): arg is Folder => FOLDERS.includes(arg as Folder))
const folders: readonly Folder[] = picked.length > 0 ? picked : FOLDERS
const root = resolve(import.meta.dirname, '..')

interface Mutant {
  status: string
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>
}

/** Counts by status and the score as Stryker computes it: detected over all valid mutants. */
export function scoreOf(report: Report) {
  const count: Record<string, number> = {}
  for (const file of Object.values(report.files))
    for (const mutant of file.mutants) count[mutant.status] = (count[mutant.status] ?? 0) + 1
  const n = (status: string) => count[status] ?? 0
  const detected = n('Killed') + n('Timeout')
  const valid = detected + n('Survived') + n('NoCoverage')
  const covered = detected + n('Survived')
  const percent = (part: number, whole: number) =>
    whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10
  return {
    files: Object.keys(report.files).length,
    mutants: valid,
    killed: n('Killed'),
    timeout: n('Timeout'),
    survived: n('Survived'),
    noCoverage: n('NoCoverage'),
    ignored: n('Ignored'),
    errors: n('CompileError') + n('RuntimeError'),
    score: percent(detected, valid),
    scoreOfCovered: percent(detected, covered),
  }
}

let failed = false
for (const folder of reportOnly ? [] : folders) {
  console.log(`\n== Mutation testing src/${folder} ==`)
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_FOLDER: folder },
  })
  if (run.status !== 0) {
    console.error(`Stryker failed on src/${folder} (exit ${run.status}).`)
    failed = true
  }
}

const scores: Record<string, ReturnType<typeof scoreOf> | null> = {}
for (const folder of folders) {
  const path = resolve(root, `reports/mutation/${folder}.json`)
  scores[folder] = existsSync(path) ? scoreOf(JSON.parse(readFileSync(path, 'utf8')) as Report) : null
}

console.log('\nfolder     score  covered  killed  timeout  survived  no cover  mutants')
for (const [folder, s] of Object.entries(scores))
  console.log(
    s
      ? `${folder.padEnd(9)} ${`${s.score}%`.padStart(6)} ${`${s.scoreOfCovered}%`.padStart(8)} ${String(s.killed).padStart(7)} ${String(s.timeout).padStart(8)} ${String(s.survived).padStart(9)} ${String(s.noCoverage).padStart(9)} ${String(s.mutants).padStart(8)}`
      : `${folder.padEnd(9)} no report (run npm run mutation -- ${folder})`,
  )
console.log(JSON.stringify({ mutation: scores }))
process.exit(failed ? 1 : 0)
