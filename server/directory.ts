import type { Database } from './db.ts'
import { hashToken, peopleByTokenHash, type Identity, type Person } from './people.ts'
import type { Member } from './permissions.ts'

/**
 * The people the server knows, held in memory so that opening fifty documents does not query the
 * database a hundred times. `reload()` reads them again (after an invite or a revocation, and every
 * few seconds for changes made by another process); a token not known yet is looked up at once.
 */
export interface Directory {
  reload(): Promise<Person[]>
  identity(token: string): Promise<Identity | null>
  members(cohortId: string): Map<string, Member>
}

export function createDirectory(db: Database): Directory {
  let byTokenHash = new Map<string, Person>()
  let loading: Promise<Person[]> | null = null
  let loadedAt = 0

  async function reload(): Promise<Person[]> {
    loading ??= peopleByTokenHash(db).then(
      (people) => {
        byTokenHash = people
        loadedAt = Date.now()
        loading = null
        return [...people.values()]
      },
      (error: unknown) => {
        loading = null
        throw error
      },
    )
    return loading
  }

  function active(hash: string): Identity | null {
    const person = byTokenHash.get(hash)
    if (!person || person.revoked) return null
    const { revoked: _revoked, ...identity } = person
    return identity
  }

  return {
    reload,
    async identity(token) {
      if (!token) return null
      const hash = hashToken(token)
      // A token invited by another process since the last reload; at most one extra read a second, so
      // made-up tokens cannot keep the database busy.
      if (!byTokenHash.has(hash) && Date.now() - loadedAt > 1000) await reload()
      return active(hash)
    },
    members(cohortId) {
      const members = new Map<string, Member>()
      for (const person of byTokenHash.values()) {
        if (person.cohortId === cohortId && !person.revoked) members.set(person.personId, person)
      }
      return members
    },
  }
}
