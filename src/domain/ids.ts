export function newId(): string {
  return crypto.randomUUID()
}

export function weekId(journalId: string, number: number): string {
  return `${journalId}:${number}`
}
