import { describeRoundTrip, roundTripFolder, type SiteRoundTrip } from './roundTrip'
import type { CommandResult } from './commands'

/** `check --roundtrip <folders…>`: per site, pages byte-identical after import → export, words lost, fixed point. */
export async function roundTripCommand(inputs: string[]): Promise<CommandResult> {
  if (inputs.length === 0)
    return { exitCode: 1, out: [], err: ['check --roundtrip: give the site folders to check'] }
  const sites: SiteRoundTrip[] = []
  for (const input of inputs) {
    const read = await roundTripFolder(input)
    if (typeof read === 'string') return { exitCode: 1, out: [], err: [read] }
    sites.push(...read)
  }
  const pages = sites.reduce((n, s) => n + s.pages, 0)
  const identical = sites.reduce((n, s) => n + s.identical, 0)
  const lost = sites.reduce((n, s) => n + s.wordsLost, 0)
  const fixed = sites.filter((s) => s.fixedPoint).length
  const ok = identical === pages && lost === 0 && fixed === sites.length
  return {
    exitCode: ok ? 0 : 1,
    out: [
      ...sites.flatMap(describeRoundTrip),
      `${sites.length} site(s): ${identical}/${pages} page(s) byte-identical, ${lost} word(s) lost, ${fixed}/${sites.length} export(s) a fixed point`,
    ],
    err: [],
  }
}
