export const journalKeys = {
  all: ['journals'] as const,
  detail: (journalId: string) => [...journalKeys.all, journalId] as const,
}

export const summaryKeys = {
  all: ['weekSummaries'] as const,
  list: (journalId: string) => [...summaryKeys.all, journalId] as const,
}

export const weekKeys = {
  all: ['weeks'] as const,
  list: (journalId: string) => [...weekKeys.all, journalId] as const,
  detail: (journalId: string, number: number) => [...weekKeys.list(journalId), number] as const,
}

export const commentKeys = {
  all: ['comments'] as const,
  list: (journalId: string) => [...commentKeys.all, journalId] as const,
}

export const conflictKeys = {
  detail: (weekId: string) => ['conflicts', weekId] as const,
}

export const draftKeys = {
  detail: (weekId: string) => ['drafts', weekId] as const,
}

export const siteFolderKeys = {
  all: ['siteFolders'] as const,
  detail: (journalId: string) => [...siteFolderKeys.all, journalId] as const,
}

export const searchKeys = {
  all: ['search'] as const,
  /** The weeks searched: one journal's, or every journal's (`null`). */
  weeks: (journalId: string | null) => [...searchKeys.all, journalId ?? '*'] as const,
}

/** The mentor's cohort board, and what is new for each side (home, overview, week badges). */
export const boardKeys = {
  all: ['board'] as const,
  unseen: (journalId: string) => ['unseen', journalId] as const,
}
