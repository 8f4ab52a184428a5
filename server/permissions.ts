/**
 * Who may open which document. One writer per document, and the writer is encoded in the name, so the
 * decision needs only the name, the connecting identity and the roles of the people in their cohort.
 *
 *   cohort/<cohortId>                          written by the server only; read by every member
 *   journal/<internId>/<journalId>             written by that intern; read by the cohort's mentors
 *   review/<mentorId>/<internId>/<journalId>   written by that mentor; read by that intern and the mentors
 */
export type Access = 'none' | 'read' | 'write'

export interface Member {
  personId: string
  role: 'mentor' | 'intern'
  cohortId: string
}

export type DocumentName =
  | { kind: 'cohort'; cohortId: string }
  | { kind: 'journal'; internId: string; journalId: string }
  | { kind: 'review'; mentorId: string; internId: string; journalId: string }

const idPattern = /^[A-Za-z0-9_-]{1,64}$/

/** Reads a document name; anything not exactly one of the three forms is null. */
export function parseDocumentName(name: string): DocumentName | null {
  const parts = name.split('/')
  if (!parts.every((part) => idPattern.test(part))) return null
  const [kind, ...ids] = parts
  if (kind === 'cohort' && ids.length === 1) return { kind, cohortId: ids[0] }
  if (kind === 'journal' && ids.length === 2) return { kind, internId: ids[0], journalId: ids[1] }
  if (kind === 'review' && ids.length === 3) {
    return { kind, mentorId: ids[0], internId: ids[1], journalId: ids[2] }
  }
  return null
}

/**
 * The access `me` has to the document `name`. `cohort` holds the active (not revoked) members of
 * my cohort by person id; a person outside it is unknown.
 */
export function documentAccess(name: string, me: Member, cohort: ReadonlyMap<string, Member>): Access {
  const doc = parseDocumentName(name)
  if (!doc) return 'none'
  const isMentor = me.role === 'mentor'
  const hasRole = (personId: string, role: Member['role']) => {
    const person = cohort.get(personId)
    return person !== undefined && person.role === role && person.cohortId === me.cohortId
  }
  switch (doc.kind) {
    case 'cohort':
      return doc.cohortId === me.cohortId ? 'read' : 'none'
    case 'journal':
      if (!hasRole(doc.internId, 'intern')) return 'none'
      if (doc.internId === me.personId) return 'write'
      return isMentor ? 'read' : 'none'
    case 'review':
      if (!hasRole(doc.mentorId, 'mentor') || !hasRole(doc.internId, 'intern')) return 'none'
      if (doc.mentorId === me.personId) return 'write'
      return isMentor || doc.internId === me.personId ? 'read' : 'none'
  }
}
