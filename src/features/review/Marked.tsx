import { useQuery } from '@tanstack/react-query'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { markWords } from '../../domain/wordDiff'
import { markdownParserQuery, wordDiffQuery } from '../../queries/board'
import { MarkdownView } from '../../ui/MarkdownView'
import { useReviewT } from '../../i18n/useReviewT'

/** The places of the shown week changed since the mentor last marked it reviewed, with the reviewed text. */
const ChangedContext = createContext<Map<string, string>>(new Map())

export function ChangedPlaces({ changed, children }: { changed: Map<string, string>; children: ReactNode }) {
  return <ChangedContext.Provider value={changed}>{children}</ChangedContext.Provider>
}

export function useChangedPlaces(): Map<string, string> {
  return useContext(ChangedContext)
}

/**
 * One piece of the intern's text: rendered markdown (never HTML; links only when safe), or, where it
 * changed since the mentor marked the week reviewed, its words marked in place: added and removed runs,
 * each said in words too (not colour alone).
 */
export function Marked({ place, text, inline = false }: { place: string; text: string; inline?: boolean }) {
  const changed = useContext(ChangedContext)
  const before = changed.get(place)
  if (before !== undefined) return <WordMarks before={before} after={text} />
  return <Markdown text={text} inline={inline} />
}

function Markdown({ text, inline }: { text: string; inline: boolean }) {
  const parser = useQuery(markdownParserQuery())
  const tree = useMemo(() => (parser.data && text ? parser.data.parse(text) : null), [parser.data, text])
  if (!tree) return <span className="break-words whitespace-pre-wrap">{text}</span>
  return (
    <div className={inline ? '[&_p]:my-0' : undefined}>
      <MarkdownView tree={tree} headingBase={4} />
    </div>
  )
}

function WordMarks({ before, after }: { before: string; after: string }) {
  const rt = useReviewT()
  const diff = useQuery(wordDiffQuery())
  const marks = useMemo(
    () => (diff.data ? markWords(before, after, diff.data.diffWords) : null),
    [diff.data, before, after],
  )
  return (
    <span
      data-changed-place
      className="block rounded border-l-4 border-fuchsia-700 bg-fuchsia-50 py-0.5 pl-2 text-sm break-words whitespace-pre-wrap dark:border-fuchsia-400 dark:bg-fuchsia-950"
    >
      <span className="mr-1 rounded bg-fuchsia-800 px-1 text-[11px] font-semibold text-white">
        Δ {rt('reading.changedMark')}
      </span>
      {marks === null
        ? after
        : marks.map((mark, i) =>
            mark.kind === 'same' ? (
              <span key={i}>{mark.text}</span>
            ) : mark.kind === 'added' ? (
              <ins
                key={i}
                data-mark="added"
                className="bg-emerald-100 text-emerald-950 underline decoration-2 dark:bg-emerald-900 dark:text-emerald-50"
              >
                <span className="sr-only">[{rt('reading.added')}: </span>
                {mark.text}
                <span className="sr-only">]</span>
              </ins>
            ) : (
              <del
                key={i}
                data-mark="removed"
                className="bg-red-100 text-red-950 line-through dark:bg-red-950 dark:text-red-100"
              >
                <span className="sr-only">[{rt('reading.removedWords')}: </span>
                {mark.text}
                <span className="sr-only">]</span>
              </del>
            ),
          )}
    </span>
  )
}
