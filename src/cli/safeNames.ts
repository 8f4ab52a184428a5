import { resolve, sep } from 'node:path'

/**
 * A folder name made from an owner's name: letters without accents, digits and `-`, at most 60
 * characters, never empty, never `..`, never a separator or a control character.
 */
export function safeSlug(name: string, fallback = 'journal'): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')
  return slug || fallback
}

/** Unique folder names for journals, in order: a second `an-nguyen` becomes `an-nguyen-2`. */
export function uniqueSlugs(names: string[]): string[] {
  const taken = new Set<string>()
  return names.map((name) => {
    const base = safeSlug(name)
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    return slug
  })
}

/** The absolute path of `relative` under `root`, or null when it would land outside `root`. */
export function insideFolder(root: string, ...relative: string[]): string | null {
  const base = resolve(root)
  const path = resolve(base, ...relative)
  return path.startsWith(base + sep) ? path : null
}
