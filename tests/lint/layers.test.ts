// @vitest-environment node
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'
import { layerZones } from '../../eslint.layers.js'

// The layers of ../shared/STYLE.md are lint rules (eslint.layers.js): these snippets, placed in a layer
// by their file path, check that a wrong-way import fails `npm run lint` and a right-way one passes.

const root = fileURLToPath(new URL('../../', import.meta.url))
const eslint = new ESLint({ cwd: root })

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x\n`, { filePath: `${root}${file}` })
  return result.messages
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message)
}

describe('a wrong-way import fails lint', () => {
  test.each([
    [
      'src/storage/x.ts',
      "import { WeekView as x } from '../features/week/WeekView'",
      /storage\/ imports domain\/ only/,
    ],
    [
      'src/storage/x.ts',
      "import { weekQuery as x } from '../queries/weeks'",
      /storage\/ imports domain\/ only/,
    ],
    ['src/domain/x.ts', "import { db as x } from '../storage/db'", /domain\/ imports nothing/],
    [
      'src/codec/x.ts',
      "import { listWeeks as x } from '../storage/repository'",
      /codec\/ imports domain\/ only/,
    ],
    [
      'src/features/week/x.ts',
      "import { saveWeek as x } from '../../storage/repository'",
      /never another feature, nor storage/,
    ],
    [
      'src/features/week/x.ts',
      "import { ChangeList as x } from '../review/ChangeList'",
      /never another feature/,
    ],
    [
      'src/features/transfer/x.ts',
      "import { readBackup as x } from '../../codec/backup'",
      /nor storage\/ or codec/,
    ],
    ['src/ui/x.ts', "import { weekQuery as x } from '../queries/weeks'", /no data access/],
    ['src/ui/x.ts', "import { db as x } from '../storage/db'", /no data access/],
    ['src/app/x.ts', "import { onDatabaseBlocked as x } from '../storage/db'", /through queries/],
    ['src/cli/x.ts', "import { listWeeks as x } from '../storage/repository'", /codec\/ and domain\/ only/],
    [
      'src/persistence/x.ts',
      "import { weekQuery as x } from '../queries/weeks'",
      /persistence\/ .* imports domain\/ and storage\/ only/,
    ],
    ['server/x.ts', "import { db as x } from '../src/storage/db'", /shares domain\/ and codec\//],
    ['scripts/x.ts', "import { CHROMIUM_PATH as x } from '../e2e/harness'", /never import the tests/],
    [
      'src/app/x.ts',
      "import { openJournal as x } from '../../tests/storage/helpers'",
      /never import the tests/,
    ],
    ['src/queries/x.ts', "import { readBackup as x } from '../codec/backup'", /loads codec\/ lazily/],
  ])('%s: %s', async (file, code, expected) => {
    const errors = await layerErrors(file, code)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(expected)
  })
})

describe('a right-way import passes', () => {
  test.each([
    ['src/features/week/x.ts', "import { weekQuery as x } from '../../queries/weeks'"],
    ['src/features/transfer/x.ts', "import type { Backup as x } from '../../domain/transferResults'"],
    ['src/storage/x.ts', "import { summarizeWeek as x } from '../domain/progress'"],
    ['src/queries/x.ts', "const x = () => import('../codec/backup')"],
    ['src/queries/x.ts', "import type { Backup as x } from '../codec/backup'"],
    ['src/app/x.ts', "import { WeekView as x } from '../features/week/WeekView'"],
    ['scripts/x.ts', "import { CHROMIUM_PATH as x } from './chromium'"],
  ])('%s: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([])
  })
})

test('every folder of src/ has its layer declared, so that a new folder is not outside the rules', () => {
  const declared = new Set(
    layerZones
      .flatMap((zone) => [zone.target].flat())
      .map((target) => /^\.\/src\/([^/]+)/.exec(target)?.[1])
      .filter((folder) => folder !== undefined),
  )
  const folders = readdirSync(`${root}src`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  // A folder listed here needs a zone in eslint.layers.js saying what it may import.
  expect(folders.filter((folder) => !declared.has(folder))).toEqual([])
})
