/**
 * Mutation testing per folder: `npm run mutation` runs Stryker (stryker.config.mjs) once for each of
 * src/domain, src/codec, src/storage and src/sync, incrementally (reports/stryker-incremental-<folder>.json,
 * committed), then prints the mutation score per folder as a table and as JSON.
 * The codec and storage run in slices of their files (twelve and three) (one Stryker run and incremental file each).
 *   npm run mutation -- domain sync     only these folders
 *   npm run mutation -- codec/2         only that slice of the codec
 *   npm run mutation -- --report        no run: the scores of the last reports
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const FOLDERS = ['domain', 'codec', 'storage', 'sync'] as const
type Folder = (typeof FOLDERS)[number]
const SLICES: Record<Folder, number> = { domain: 1, codec: 12, storage: 3, sync: 1 }

const args = process.argv.slice(2).filter((arg) => arg !== '--report')
const reportOnly = process.argv.includes('--report')
const runs: { folder: Folder; slice: number }[] = []
for (const arg of args) {
  const [folder, slice] = arg.split('/') as [Folder, string | undefined]
  const count = SLICES[folder]
  if (!FOLDERS.includes(folder) || (slice !== undefined && !(Number(slice) >= 1 && Number(slice) <= count))) {
    console.error(
      `Unknown folder or slice ${arg}; the folders are ${FOLDERS.join(', ')} (codec/1 to codec/12, storage/1 to storage/3).`,
    )
    process.exit(2)
  }
  for (let n = 1; n <= count; n++)
    if (slice === undefined || Number(slice) === n) runs.push({ folder, slice: n })
}
if (args.length === 0)
  for (const folder of FOLDERS) for (let n = 1; n <= SLICES[folder]; n++) runs.push({ folder, slice: n })
const folders = FOLDERS.filter((folder) => runs.some((run) => run.folder === folder))
const root = resolve(import.meta.dirname, '..')
const reportName = (folder: Folder, slice: number) =>
  SLICES[folder] > 1 ? `${folder}-${slice}of${SLICES[folder]}` : folder

interface Mutant {
  status: string
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>
}

/** The folder's report: the files of all its slices that have one. */
function readReport(folder: Folder): { report: Report; slices: number } | null {
  const files: Report['files'] = {}
  let slices = 0
  for (let n = 1; n <= SLICES[folder]; n++) {
    const path = resolve(root, `reports/mutation/${reportName(folder, n)}.json`)
    if (!existsSync(path)) continue
    slices++
    Object.assign(files, (JSON.parse(readFileSync(path, 'utf8')) as Report).files)
  }
  return slices > 0 ? { report: { files }, slices } : null
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
for (const { folder, slice } of reportOnly ? [] : runs) {
  const slices = SLICES[folder]
  console.log(`\n== Mutation testing src/${folder}${slices > 1 ? ` (slice ${slice} of ${slices})` : ''} ==`)
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_FOLDER: folder, MUTATION_SLICE: `${slice}/${slices}` },
  })
  if (run.status !== 0) {
    console.error(`Stryker failed on ${reportName(folder, slice)} (exit ${run.status}).`)
    failed = true
  }
}

const scores: Record<string, (ReturnType<typeof scoreOf> & { slices: string }) | null> = {}
for (const folder of folders) {
  const read = readReport(folder)
  scores[folder] = read ? { ...scoreOf(read.report), slices: `${read.slices}/${SLICES[folder]}` } : null
}

console.log('\nfolder     score  covered  killed  timeout  survived  no cover  mutants  slices')
for (const [folder, s] of Object.entries(scores))
  console.log(
    s
      ? `${folder.padEnd(9)} ${`${s.score}%`.padStart(6)} ${`${s.scoreOfCovered}%`.padStart(8)} ${String(s.killed).padStart(7)} ${String(s.timeout).padStart(8)} ${String(s.survived).padStart(9)} ${String(s.noCoverage).padStart(9)} ${String(s.mutants).padStart(8)}  ${s.slices}`
      : `${folder.padEnd(9)} no report (run npm run mutation -- ${folder})`,
  )
console.log(JSON.stringify({ mutation: scores }))
process.exit(failed ? 1 : 0)
