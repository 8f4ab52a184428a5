/** One step of turning a list as it was into the list as it is. */
export type AlignStep =
  | { kind: 'keep'; base: number; current: number }
  | { kind: 'change'; base: number; current: number }
  | { kind: 'insert'; current: number }
  | { kind: 'delete'; base: number }

/**
 * Lines up two lists: the longest run of equal elements is kept; between two kept elements, what was
 * removed and what was added are paired in order as changes, the rest inserted or deleted.
 */
export function alignLists<T>(base: T[], current: T[], same: (a: T, b: T) => boolean): AlignStep[] {
  const n = base.length
  const m = current.length
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = same(base[i], current[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
  const steps: AlignStep[] = []
  let removed: number[] = []
  let added: number[] = []
  const flush = () => {
    const pairs = Math.min(removed.length, added.length)
    for (let k = 0; k < pairs; k++) steps.push({ kind: 'change', base: removed[k], current: added[k] })
    for (const b of removed.slice(pairs)) steps.push({ kind: 'delete', base: b })
    for (const c of added.slice(pairs)) steps.push({ kind: 'insert', current: c })
    removed = []
    added = []
  }
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && same(base[i], current[j])) {
      flush()
      steps.push({ kind: 'keep', base: i++, current: j++ })
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) added.push(j++)
    else removed.push(i++)
  }
  flush()
  return steps
}
