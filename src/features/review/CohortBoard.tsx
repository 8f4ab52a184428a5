import { useQuery } from '@tanstack/react-query'
import { useState, type KeyboardEvent } from 'react'
import { Link } from 'react-router-dom'
import { CELL_STATES, type BoardCell, type BoardRow } from '../../domain/board'
import { useI18n } from '../../i18n/i18n'
import { useReviewT } from '../../i18n/useReviewT'
import { boardQuery } from '../../queries/board'
import { cellLook } from '../../ui/cellStates'

const stickyCell = 'sticky left-0 z-10 bg-white dark:bg-slate-900'

/**
 * The mentor's cohort board: interns × weeks, most behind first. The grid scrolls sideways inside its
 * own region with the interns' names kept in view; each week's cell is a link to its reading view.
 * `data-board-ready` appears once every cell is drawn (the bench measures up to it).
 */
export function CohortBoard() {
  const { t } = useI18n()
  const rt = useReviewT()
  const board = useQuery(boardQuery())
  // One cell is in the tab order (the last one focused, else the first): arrows move between cells.
  const [active, setActive] = useState<string | null>(null)
  if (board.isPending) return <p>{t('common.loading')}</p>
  if (board.isError) return <p role="alert">{board.error.message}</p>
  const { rows, weekCount } = board.data
  const cells = rows.length * weekCount
  const first = rows[0]
    ? cellKey(rows[0].journal.id, rows[0].cells.find((c) => c.state !== 'unplanned')?.number ?? 1)
    : null
  const current = active ?? first
  return (
    <section
      aria-labelledby="board-heading"
      className="flex flex-col gap-3"
      data-board-ready="true"
      data-board-cells={cells}
    >
      <h2 id="board-heading" className="text-lg font-semibold">
        {rt('board.heading')}
      </h2>
      {rows.length === 0 ? (
        <div data-board-empty className="rounded-lg border border-slate-300 p-3 dark:border-slate-600">
          <p className="font-semibold">{rt('board.emptyTitle')}</p>
          <p className="text-sm">{rt('board.emptyHint')}</p>
        </div>
      ) : (
        <>
          <div
            role="region"
            aria-label={rt('board.region')}
            tabIndex={0}
            className="max-w-full min-w-0 overflow-x-auto rounded border border-slate-300 focus-visible:outline-2 dark:border-slate-600"
          >
            <table
              className="border-separate border-spacing-0 text-sm"
              data-board
              onKeyDown={moveBetweenCells}
            >
              <caption className="sr-only">{rt('board.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={`${stickyCell} p-2 text-left`}>
                    {rt('board.intern')}
                  </th>
                  {Array.from({ length: weekCount }, (_, i) => (
                    <th key={i} scope="col" className="p-2 text-center font-medium whitespace-nowrap">
                      <abbr title={t('overview.weekN', { n: i + 1 })} className="no-underline">
                        {rt('board.weekShort', { n: i + 1 })}
                      </abbr>
                    </th>
                  ))}
                  <th scope="col" className="p-2 text-left whitespace-nowrap">
                    {rt('board.openThreads')}
                  </th>
                  <th scope="col" className="p-2 text-left whitespace-nowrap">
                    {rt('board.lastActivity')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <InternRow key={row.journal.id} row={row} current={current} onFocusCell={setActive} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-xs text-slate-700 dark:text-slate-300">{rt('board.keysHint')}</p>
          <Legend />
        </>
      )}
    </section>
  )
}

function cellKey(journalId: string, number: number): string {
  return `${journalId}:${number}`
}

const MOVES: Record<string, [number, number]> = {
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
}

/** Arrow keys from a cell to the nearest cell that opens a week in that direction (unplanned ones are skipped). */
function moveBetweenCells(event: KeyboardEvent<HTMLTableElement>) {
  const move = MOVES[event.key]
  const from = (event.target as HTMLElement).closest<HTMLElement>('a[data-week]')
  if (!move || !from || event.altKey || event.ctrlKey || event.metaKey) return
  const rows = [...event.currentTarget.querySelectorAll('tbody tr')]
  const [down, right] = move
  let row = rows.indexOf(from.closest('tr')!) + down
  let week = Number(from.dataset.week) + right
  while (rows[row] && week >= 1) {
    const target = rows[row]!.querySelector<HTMLElement>(`a[data-week="${week}"]`)
    if (target) {
      event.preventDefault()
      target.focus()
      return
    }
    if (!rows[row]!.querySelector(`[data-week-cell="${week}"]`)) return
    row += down
    week += right
  }
}

function InternRow({
  row,
  current,
  onFocusCell,
}: {
  row: BoardRow
  current: string | null
  onFocusCell: (key: string) => void
}) {
  const { t, formatDate } = useI18n()
  const rt = useReviewT()
  const { journal } = row
  return (
    <tr data-board-row={journal.owner}>
      <th
        scope="row"
        className={`${stickyCell} max-w-40 border-t border-slate-200 p-2 text-left font-normal dark:border-slate-700`}
      >
        <Link to={`/j/${journal.id}/review`} className="font-semibold break-words underline">
          {journal.owner}
        </Link>
        <span className="block text-xs text-slate-700 dark:text-slate-300">
          {rt('board.behind', { overdue: row.behind.overdue, waiting: row.behind.waiting })}
        </span>
        <Link to={`/review/${journal.id}/print`} className="text-xs underline">
          {t('review.printLink')}
        </Link>
      </th>
      {row.cells.map((cell) => (
        <td
          key={cell.number}
          className="border-t border-slate-200 p-1 dark:border-slate-700"
          data-week-cell={cell.number}
        >
          <Cell
            journalId={journal.id}
            owner={journal.owner}
            cell={cell}
            tabbable={current === cellKey(journal.id, cell.number)}
            onFocus={() => onFocusCell(cellKey(journal.id, cell.number))}
          />
        </td>
      ))}
      <td className="border-t border-slate-200 p-2 text-center dark:border-slate-700" data-open-threads-count>
        {row.openThreads}
      </td>
      <td className="border-t border-slate-200 p-2 whitespace-nowrap dark:border-slate-700">
        {row.lastActivity ? formatDate(row.lastActivity.slice(0, 10)) : rt('board.never')}
      </td>
    </tr>
  )
}

function Cell({
  journalId,
  owner,
  cell,
  tabbable,
  onFocus,
}: {
  journalId: string
  owner: string
  cell: BoardCell
  tabbable: boolean
  onFocus: () => void
}) {
  const rt = useReviewT()
  const look = cellLook[cell.state]
  const state = `${rt(`cell.${cell.state}`)}${cell.late ? `, ${rt('board.lateLabel')}` : ''}`
  const body = (
    <>
      <span aria-hidden className="font-bold">
        {look.icon}
      </span>{' '}
      <span>{rt(`cell.${cell.state}`)}</span>
      {cell.late && <span className="block text-[11px] font-semibold">⏰ {rt('board.late')}</span>}
    </>
  )
  const className = `block min-w-24 rounded px-1.5 py-1 text-center text-xs leading-tight ${look.tone}`
  if (cell.state === 'unplanned') return <span className={className}>{body}</span>
  return (
    <Link
      to={`/review/${journalId}/w/${cell.number}`}
      className={`${className} hover:underline focus-visible:outline-2 focus-visible:outline-offset-1`}
      aria-label={rt('board.cellLabel', { owner, n: cell.number, state })}
      data-cell-state={cell.state}
      data-week={cell.number}
      tabIndex={tabbable ? 0 : -1}
      onFocus={onFocus}
    >
      {body}
    </Link>
  )
}

function Legend() {
  const rt = useReviewT()
  return (
    <details className="text-sm">
      <summary>{rt('board.legend')}</summary>
      <ul className="mt-2 flex flex-wrap gap-2">
        {CELL_STATES.map((state) => (
          <li key={state} className={`rounded px-1.5 py-0.5 text-xs ${cellLook[state].tone}`}>
            <span aria-hidden>{cellLook[state].icon}</span> {rt(`cell.${state}`)}
          </li>
        ))}
      </ul>
    </details>
  )
}
