/**
 * Whether two values are equal once ids (minted afresh on every read), the kept source and the "not translated
 * yet" mark (never part of a page) are set aside.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((value, i) => sameContent(value, b[i]))
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const keys = (o: object) =>
    Object.entries(o)
      .filter(
        ([key, value]) => key !== 'id' && key !== 'source' && key !== 'untranslated' && value !== undefined,
      )
      .map(([key]) => key)
      .sort()
  const ka = keys(a)
  const kb = keys(b)
  if (ka.length !== kb.length || ka.some((key, i) => key !== kb[i])) return false
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return ka.every((key) => sameContent(ra[key], rb[key]))
}
