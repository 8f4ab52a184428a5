import { describe, expect, it } from 'vitest'
import { analyseImport } from '../../src/queries/transfer'
import { deepJson, nestedList, weekPage } from '../codec/hostileInput'

const source = (path: string, text: string | Uint8Array<ArrayBuffer>) => ({
  path,
  file: new File([text], path.split('/').pop() ?? path),
})

/** jsdom has no Worker: these run the in-page reading the worker also runs. */
describe('reading picked files for import', () => {
  it('reads pages and refuses a hostile one by name, the others still read', async () => {
    const analysis = await analyseImport([
      source('1.1-Week1/_index.md', weekPage(1)),
      source('1.2-Week2/_index.md', `${weekPage(2)}\n${nestedList(500)}\n`),
    ])
    expect(analysis.kind).toBe('pages')
    if (analysis.kind !== 'pages') return
    expect(analysis.imported.weeks.map((w) => w.number)).toEqual([1])
    expect(analysis.imported.perFileReport[1].error).toMatchObject({
      file: '1.2-Week2/_index.md',
      line: 55,
      message: expect.stringMatching(/^lists or quotes are nested more than 32 deep here/),
    })
  })

  it('refuses a page too large to read before reading it, and a deep backup by name', async () => {
    const huge = await analyseImport([source('big.md', new Uint8Array(4_000_001))])
    expect(huge.kind === 'pages' && huge.unreadable).toMatchObject([
      {
        path: 'big.md',
        message:
          'big.md: the file is 4,000,001 bytes; no worklog file is larger than 4,000,000 bytes, so it was not read',
      },
    ])
    const deep = await analyseImport([source('backup.json', deepJson('worklog-tracker-backup', 3000))])
    expect(deep).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(
        /^backup\.json: The backup file is damaged or crafted: its data is nested more than 200/,
      ),
    })
  })
})
