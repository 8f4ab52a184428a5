import type { Objective } from '../domain/types'
import { alignLists } from './alignLists'
import { escapeItemText, indentContinuation } from './blockText'
import type { PageLayout, Span } from './pageLayout'
import { insertLineAfter, lineEnd, lineStart, removeLines, type TextEdit } from './textEdits'

const MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)/

/** `  2. ` of an item line: its indent, marker and the spaces after it. */
function markerOf(text: string, item: Span): { indent: string; marker: string; gap: string } {
  const line = text.slice(lineStart(text, item.start), lineEnd(text, item.start))
  const match = MARKER.exec(line)
  return match ? { indent: match[1], marker: match[2], gap: match[3] } : { indent: '', marker: '*', gap: ' ' }
}

function nextMarker(marker: string): string {
  const numbered = /^(\d+)([.)])$/.exec(marker)
  return numbered ? `${Number(numbered[1]) + 1}${numbered[2]}` : marker
}

function itemBody(objective: Objective, indent: number): string {
  return indentContinuation(escapeItemText(objective.text.trim()), indent)
}

/** A new objective under the objectives heading of a page that had none. */
function firstObjectives(
  text: string,
  layout: PageLayout,
  objectives: Objective[],
  heading: string,
): TextEdit[] | null {
  const lines = objectives.map((o) => `* ${itemBody(o, 2)}`.trimEnd()).join('\n')
  if (layout.objectivesHeading) return [insertLineAfter(text, layout.objectivesHeading.end, `\n${lines}`)]
  // A page that never had objectives gets the section, with the seed's heading, before its tasks.
  const before = layout.tasksHeading ?? layout.taskTable
  if (!before) return null
  const at = lineStart(text, before.start)
  return [{ start: at, end: at, text: `${heading}\n\n${lines}\n\n` }]
}

/** Edits that turn the page's objectives list into the current objectives, in the list's own markers. */
export function patchObjectives(
  text: string,
  layout: PageLayout,
  base: Objective[],
  objectives: Objective[],
  heading: string,
): TextEdit[] | null {
  const items = layout.objectiveItems
  if (base.length === objectives.length && base.every((o, i) => o.text === objectives[i].text)) return []
  if (items.length !== base.length) return null
  if (items.length === 0) return firstObjectives(text, layout, objectives, heading)
  const edits: TextEdit[] = []
  let previous = -1
  for (const step of alignLists(base, objectives, (a, b) => a.text === b.text)) {
    if (step.kind === 'keep') previous = step.base
    else if (step.kind === 'delete') {
      edits.push(removeLines(text, items[step.base].start, items[step.base].end))
      previous = step.base
    } else if (step.kind === 'change') {
      const item = items[step.base]
      const { indent, marker, gap } = markerOf(text, item)
      const start = lineStart(text, item.start) + indent.length + marker.length + gap.length
      const body = itemBody(objectives[step.current], indent.length + marker.length + gap.length)
      edits.push({ start, end: item.end, text: body })
      previous = step.base
    } else {
      const near = items[Math.max(previous, 0)]
      const { indent, marker, gap } = markerOf(text, near)
      const mark = previous >= 0 ? nextMarker(marker) : marker
      const line = `${indent}${mark}${gap}${itemBody(objectives[step.current], indent.length + mark.length + gap.length)}`
      edits.push(
        previous >= 0
          ? insertLineAfter(text, items[previous].end, line)
          : { start: lineStart(text, near.start), end: lineStart(text, near.start), text: `${line}\n` },
      )
    }
  }
  return edits
}
