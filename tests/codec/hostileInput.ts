import { strToU8, zipSync, type Zippable } from 'fflate'

/** A small real-looking week page (the CLI tests' page), for limits and fuzzing without the corpus. */
export const weekPage = (n: number, day = '08/09/2025') =>
  `---\ntitle: "Week ${n} Worklog"\ndate: "2025-09-22"\nweight: ${n}\nchapter: false\npre: " <b> 1.${n}. </b> "\n---\n\n### Week ${n} Objectives:\n\n- Learn EC2\n\n### Tasks to be carried out this week:\n\n| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n| 2 | Launch an instance | ${day} | ${day} | |\n\n### Week ${n} Achievements:\n\n- Launched EC2\n`

/** A list nested `depth` deep, two spaces a level. */
export const nestedList = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i + 1}`).join('\n')

/** JSON nested `depth` arrays deep inside a backup's journals. */
export const deepJson = (format: string, depth: number) =>
  `{"format":"${format}","schemaVersion":1,"exportedAt":"2025-01-01T00:00:00.000Z","journals":${'['.repeat(depth)}${']'.repeat(depth)},"weeks":[],"comments":[]}`

export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Zippable = {}
  for (const [name, data] of Object.entries(files))
    entries[name] = typeof data === 'string' ? strToU8(data) : data
  return zipSync(entries, { level: 6 })
}

/** Rewrites the uncompressed size each central-directory entry declares: a lying header. */
export function declareSizes(zip: Uint8Array, size: number): Uint8Array {
  const bytes = zip.slice()
  const view = new DataView(bytes.buffer)
  for (let at = 0; at + 4 <= bytes.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true)
  return bytes
}
