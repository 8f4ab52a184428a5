// @ts-check
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * Mutation testing, one folder per run (`MUTATION_FOLDER`: domain, codec, storage or sync), each with
 * its own incremental file in reports/ (committed) so that a rerun only tests the mutants whose code or
 * tests changed. Run through `npm run mutation` (scripts/mutation.ts), which prints the score per folder.
 */
const folder = process.env.MUTATION_FOLDER ?? 'domain'
process.env.MUTATION_FOLDER = folder
// A large folder runs in slices (`MUTATION_SLICE=2/12`: every twelfth file from the second), each with its
// own incremental file, so that a run stopped half way keeps the slices it finished.
const [slice, slices] = (process.env.MUTATION_SLICE ?? '1/1').split('/').map(Number)
const name = slices > 1 ? `${folder}-${slice}of${slices}` : folder
const files = readdirSync(resolve(import.meta.dirname, 'src', folder))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.worker.ts'))
  .sort()
  .filter((_, index) => index % slices === slice - 1)
// Tests find the shared corpus beside the repository; the sandbox copy sits deeper.
process.env.WORKLOG_CORPUS ??= resolve(import.meta.dirname, '../shared/corpus')

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: files.map((file) => `src/${folder}/${file}`),
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 1),
  timeoutMS: 10000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  reporters: ['json', 'html', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: [
    '.stryker-tmp-*',
    'dist',
    'bench-results',
    '.e2e-profiles',
    'e2e/screenshots',
    'reports',
    '.worklog-server',
  ],
  tempDirName: `.stryker-tmp-${name}`,
  cleanTempDir: 'always',
}
