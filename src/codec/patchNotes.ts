import type { WeekNote } from '../domain/types'
import type { PageLayout } from './pageLayout'
import type { TextEdit } from './textEdits'

/** An edited note replaces the markdown it was read from, where it was; null when notes were added or removed. */
export function patchNotes(layout: PageLayout, base: WeekNote[], notes: WeekNote[]): TextEdit[] | null {
  if (base.length !== notes.length || layout.notes.length !== base.length) return null
  if (base.some((note, i) => note.after !== notes[i].after)) return null
  return notes.flatMap((note, i) =>
    note.markdown === base[i].markdown
      ? []
      : [{ start: layout.notes[i].start, end: layout.notes[i].end, text: note.markdown.trim() }],
  )
}
