import type { Heading, Nodes } from 'mdast'

/**
 * The level each heading of a page is shown at inside the app: below `base` (the heading of the panel it
 * sits in) and never more than one deeper than the heading before it, so the page's `#` and its jumps
 * (`#` then `###`) do not break the app's heading outline.
 */
export function headingLevels(root: Nodes, base: number): Map<Heading, number> {
  const levels = new Map<Heading, number>()
  // The headings the next one may sit under: a heading nests under the last shallower one.
  const open: { depth: number; level: number }[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= node.depth) open.pop()
      const level = Math.min(6, (open.at(-1)?.level ?? base) + 1)
      levels.set(node, level)
      open.push({ depth: node.depth, level })
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(root)
  return levels
}
