/**
 * Deep equality of plain data (what JSON can hold), blind to key order and to keys whose value is
 * undefined: a document read back through a schema may list its keys in another order than the object
 * it was written from.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]))
  const defined = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined)
  const entriesA = defined(a)
  const entriesB = new Map(defined(b))
  return (
    entriesA.length === entriesB.size &&
    entriesA.every(([k, v]) => entriesB.has(k) && sameValue(v, entriesB.get(k)))
  )
}
