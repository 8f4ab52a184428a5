import { defineConfig } from 'vitest/config'

/**
 * The unit tests Stryker runs against the mutants of one folder (`MUTATION_FOLDER`, set by
 * `stryker.config.mjs`): fake-indexeddb, no browser, no server, no whole-corpus runs, so that each
 * mutant costs little on a shared machine.
 */
const TESTS: Record<string, string[]> = {
  domain: ['tests/domain/**/*.test.ts'],
  codec: ['tests/codec/**/*.test.ts'],
  // Not tests/persistence: the saver's tests need a browser window (Node here, see below).
  storage: ['tests/storage/**/*.test.ts', 'tests/queries/**/*.test.ts'],
  sync: ['tests/sync/**/*.test.ts'],
}

const folder = process.env.MUTATION_FOLDER ?? 'domain'

export default defineConfig({
  test: {
    // Node: under jsdom Stryker's Vitest runner finds no tests.
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    include: TESTS[folder] ?? [],
    // The command line tests spawn processes (they test the CLI); the whole-corpus and property runs take
    // 10–60 s each and would run again for every mutant. corpusExpected.test.ts keeps the corpus in.
    exclude: [
      'tests/codec/cli.test.ts',
      'tests/codec/cliIntoSite.test.ts',
      'tests/codec/corpus.test.ts',
      'tests/codec/pageStyle.test.ts',
      'tests/codec/siteRoundTrip.test.ts',
      'tests/codec/minimalDiff.property.test.ts',
      'tests/codec/roundTrip.property.test.ts',
      'tests/codec/fuzz.test.ts',
      // Needs a browser window (the folder picker); tests/storage/siteFolders.test.ts covers the storage side.
      'tests/queries/siteFolder.test.ts',
      // The boot script's early connection lives on `window`.
      'tests/storage/earlyOpen.test.ts',
    ],
  },
})
