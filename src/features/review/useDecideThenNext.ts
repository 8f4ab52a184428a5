import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Journal, Week } from '../../domain/types'
import { nextWaitingWeek, useDecide } from '../../queries/review'

/** Where a week of a journal opens: the mentor's week page, or the reading view. */
export type WeekPath = (journalId: string, number: number) => string

/**
 * The mentor's decision with its note, and "& next": after the decision the next week waiting opens (this
 * intern's first, then anyone's; the board when none is left). `open` goes to another week of the journal.
 */
export function useDecideThenNext(journal: Journal, week: Week, pathOf: WeekPath) {
  const [note, setNote] = useState('')
  const decide = useDecide(journal)
  const navigate = useNavigate()
  const decideThenNext = (status: 'approved' | 'changes-requested') =>
    decide.mutate(
      { week, status, note },
      {
        onSuccess: async () => {
          setNote('')
          const next = await nextWaitingWeek(journal.id, week.number)
          void navigate(next ? pathOf(next.journalId, next.number) : '/review')
        },
      },
    )
  const open = (number: number) => void navigate(pathOf(journal.id, number))
  return { note, setNote, decide, decideThenNext, open }
}
