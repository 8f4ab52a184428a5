// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { documentAccess, parseDocumentName, type Member } from '../../server/permissions.ts'

const mentor: Member = { personId: 'mentor-1', role: 'mentor', cohortId: 'cohort-a' }
const otherMentor: Member = { personId: 'mentor-2', role: 'mentor', cohortId: 'cohort-a' }
const intern: Member = { personId: 'intern-1', role: 'intern', cohortId: 'cohort-a' }
const otherIntern: Member = { personId: 'intern-2', role: 'intern', cohortId: 'cohort-a' }
const cohortA = new Map([mentor, otherMentor, intern, otherIntern].map((m) => [m.personId, m]))
const outsider: Member = { personId: 'mentor-b', role: 'mentor', cohortId: 'cohort-b' }
const cohortB = new Map([[outsider.personId, outsider]])

const journal = 'journal/intern-1/j1'
const review = 'review/mentor-1/intern-1/j1'

describe('documentAccess', () => {
  it('lets every member read their own cohort roster and nobody write it', () => {
    for (const me of [mentor, intern]) expect(documentAccess('cohort/cohort-a', me, cohortA)).toBe('read')
    expect(documentAccess('cohort/cohort-a', outsider, cohortB)).toBe('none')
  })

  it('lets only the intern write their journal; the cohort mentors read it; other interns nothing', () => {
    expect(documentAccess(journal, intern, cohortA)).toBe('write')
    expect(documentAccess(journal, mentor, cohortA)).toBe('read')
    expect(documentAccess(journal, otherMentor, cohortA)).toBe('read')
    expect(documentAccess(journal, otherIntern, cohortA)).toBe('none')
    expect(documentAccess(journal, outsider, cohortB)).toBe('none')
  })

  it('lets only the mentor write their review; that intern and the mentors read it', () => {
    expect(documentAccess(review, mentor, cohortA)).toBe('write')
    expect(documentAccess(review, otherMentor, cohortA)).toBe('read')
    expect(documentAccess(review, intern, cohortA)).toBe('read')
    expect(documentAccess(review, otherIntern, cohortA)).toBe('none')
    expect(documentAccess(review, outsider, cohortB)).toBe('none')
  })

  it('refuses names whose people have the wrong role or are not in my cohort', () => {
    expect(documentAccess('journal/mentor-1/j1', mentor, cohortA)).toBe('none')
    expect(documentAccess('review/intern-1/intern-1/j1', intern, cohortA)).toBe('none')
    expect(documentAccess('review/mentor-1/mentor-2/j1', mentor, cohortA)).toBe('none')
    expect(documentAccess('journal/intern-9/j1', intern, cohortA)).toBe('none')
    // A revoked person is no longer in the cohort map: their documents close to everyone.
    const withoutIntern = new Map([...cohortA].filter(([id]) => id !== 'intern-1'))
    expect(documentAccess(journal, mentor, withoutIntern)).toBe('none')
  })

  it('refuses any other name', () => {
    for (const name of [
      '',
      'cohort',
      'cohort/',
      'cohort/a/b',
      'journal/intern-1',
      'journal/intern-1/../x',
      'journal/intern-1/j1/extra',
      'notes/intern-1/j1',
      'review/mentor-1/intern-1',
      'journal/intern-1/j 1',
      `journal/intern-1/${'x'.repeat(65)}`,
    ]) {
      expect(documentAccess(name, intern, cohortA)).toBe('none')
      expect(documentAccess(name, mentor, cohortA)).toBe('none')
    }
  })
})

describe('parseDocumentName', () => {
  it('reads the three forms', () => {
    expect(parseDocumentName('cohort/c1')).toEqual({ kind: 'cohort', cohortId: 'c1' })
    expect(parseDocumentName(journal)).toEqual({ kind: 'journal', internId: 'intern-1', journalId: 'j1' })
    expect(parseDocumentName(review)).toEqual({
      kind: 'review',
      mentorId: 'mentor-1',
      internId: 'intern-1',
      journalId: 'j1',
    })
  })
})
