// @ts-check
import { resolve } from 'node:path'

/**
 * Mutation testing, one folder per run (`MUTATION_FOLDER`: domain, codec, storage or sync), each with
 * its own incremental file in reports/ (committed) so that a rerun only tests the mutants whose code or
 * tests changed. Run through `npm run mutation` (scripts/mutation.ts), which prints the score per folder.
 */
const folder = process.env.MUTATION_FOLDER ?? 'domain'
process.env.MUTATION_FOLDER = folder
// Tests find the shared corpus beside the repository; the sandbox copy sits deeper.
process.env.WORKLOG_CORPUS ??= resolve(import.meta.dirname, '../shared/corpus')

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [`src/${folder}/**/*.ts`, '!src/**/*.worker.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 1),
  timeoutMS: 10000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${folder}.json`,
  reporters: ['json', 'html', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${folder}.json` },
  htmlReporter: { fileName: `reports/mutation/${folder}.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['dist', 'bench-results', '.e2e-profiles', 'e2e/screenshots', 'reports', '.worklog-server'],
  tempDirName: `.stryker-tmp-${folder}`,
  cleanTempDir: 'always',
}
