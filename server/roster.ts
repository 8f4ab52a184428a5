import type { Hocuspocus } from '@hocuspocus/server'
import type * as Y from 'yjs'
import type { Person } from './people.ts'

/** A person as the cohort document lists them (`people` map, keyed by person id). */
export interface RosterPerson {
  name: string
  role: Person['role']
  active: boolean
}

/** A journal an intern registered by opening it (`journals` map, keyed by `<internId>/<journalId>`). */
export interface RosterJournal {
  internId: string
  journalId: string
  registeredAt: string
}

type RosterMaps = { cohort: Y.Map<unknown>; people: Y.Map<unknown>; journals: Y.Map<unknown> }

export const cohortDocumentName = (cohortId: string) => `cohort/${cohortId}`

async function changeRoster(
  instance: Hocuspocus,
  cohortId: string,
  change: (maps: RosterMaps) => void,
): Promise<void> {
  const connection = await instance.openDirectConnection(cohortDocumentName(cohortId), { server: true })
  try {
    await connection.transact((doc) => {
      change({ cohort: doc.getMap('cohort'), people: doc.getMap('people'), journals: doc.getMap('journals') })
    })
  } finally {
    await connection.disconnect()
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Writes the cohort's name and people into its roster document (only what changed). */
export async function writeRosterPeople(
  instance: Hocuspocus,
  cohortId: string,
  people: Person[],
): Promise<void> {
  await changeRoster(instance, cohortId, ({ cohort, people: map }) => {
    const cohortName = people[0]?.cohortName
    if (cohort.get('id') !== cohortId) cohort.set('id', cohortId)
    if (cohortName !== undefined && cohort.get('name') !== cohortName) cohort.set('name', cohortName)
    for (const person of people) {
      const entry: RosterPerson = { name: person.name, role: person.role, active: !person.revoked }
      if (!sameJson(map.get(person.personId), entry)) map.set(person.personId, entry)
    }
  })
}

/** Lists an intern's journal in the roster the first time they open it. */
export async function registerJournal(
  instance: Hocuspocus,
  cohortId: string,
  internId: string,
  journalId: string,
): Promise<void> {
  const key = `${internId}/${journalId}`
  await changeRoster(instance, cohortId, ({ journals }) => {
    if (journals.has(key)) return
    const entry: RosterJournal = { internId, journalId, registeredAt: new Date().toISOString() }
    journals.set(key, entry)
  })
}
