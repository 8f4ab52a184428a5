import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { emptyContent } from '../../src/domain/factories'
import { readWeek, syncedWeekNumbers, writeWeek } from '../../src/sync/journalDoc'
import { readList, writeList, type ItemShape } from '../../src/sync/yShapes'

const shape: ItemShape = { fields: { text: 'text', done: 'value', children: { fields: { text: 'text' } } } }
const item = (id: string, text = id.toUpperCase()) => ({ id, text, done: false, children: [] })

function list(ids: string[]) {
  const doc = new Y.Doc()
  const array = doc.getArray<Y.Map<unknown>>('list')
  writeList(
    array,
    ids.map((id) => item(id)),
    shape,
  )
  return array
}

describe('a list of items in the journal document', () => {
  it('drops several removed items and keeps the rest', () => {
    const array = list(['a', 'b', 'c', 'd'])
    writeList(array, [item('c')], shape)
    expect(readList(array, shape)).toEqual([item('c')])
    const again = list(['a', 'b', 'c', 'd'])
    writeList(again, [item('a'), item('d')], shape)
    expect(readList(again, shape).map((i) => i.id)).toEqual(['a', 'd'])
  })

  it('follows any reordering with one copy of each item, and keeps an unmoved item as it is', () => {
    for (const order of [
      ['c', 'a', 'b'],
      ['c', 'b', 'a'],
      ['b', 'c', 'a'],
      ['a', 'c', 'b'],
    ]) {
      const array = list(['a', 'b', 'c'])
      const first = array.get(0)
      writeList(
        array,
        order.map((id) => item(id)),
        shape,
      )
      expect(readList(array, shape), order.join()).toEqual(order.map((id) => item(id)))
      expect(array.length).toBe(3)
      if (order[0] === 'a') expect(array.get(0)).toBe(first)
    }
  })

  it('edits a kept item in place, field by field', () => {
    const array = list(['a', 'b'])
    const second = array.get(1)
    writeList(array, [item('a'), { ...item('b', 'Changed'), done: true }], shape)
    expect(array.get(1)).toBe(second)
    expect(readList(array, shape)[1]).toEqual({ id: 'b', text: 'Changed', done: true, children: [] })
  })

  it('reads a missing text as empty and a missing nested list as none, and writes them so', () => {
    const doc = new Y.Doc()
    const array = doc.getArray<Y.Map<unknown>>('list')
    const bare = new Y.Map<unknown>()
    bare.set('id', 'x')
    array.insert(0, [bare])
    expect(readList(array, shape)[0]).toEqual({ id: 'x', text: '', done: undefined, children: [] })
    const written = doc.getArray<Y.Map<unknown>>('written')
    writeList(written, [{ id: 'y' }], shape)
    expect(readList(written, shape)).toEqual([{ id: 'y', text: '', done: undefined, children: [] }])
  })
})

describe('the weeks of the journal document', () => {
  const week = (number: number, publishDate = '') => ({
    number,
    monday: '2025-10-20',
    publishDate,
    content: { en: emptyContent(number) },
  })

  it('are kept under the names server/PROTOCOL.md gives', () => {
    const doc = new Y.Doc()
    writeWeek(doc, { ...week(3), content: { en: { ...emptyContent(3), summary: 'Done.' } } })
    expect(doc.getMap('weeks').get('3')).toBe(true)
    expect(doc.getMap('week:3').get('monday')).toBe('2025-10-20')
    expect(doc.getMap('week:3').get('lang:en')).toBe(true)
    expect(doc.getText('week:3:en:summary').toString()).toBe('Done.')
  })

  it('change their publish date, and drop a language version that is gone', () => {
    const doc = new Y.Doc()
    writeWeek(doc, { ...week(3), content: { en: emptyContent(3), vi: emptyContent(3, 'vi') } })
    writeWeek(doc, week(3, '2025-10-24'))
    expect(readWeek(doc, 3)).toEqual(week(3, '2025-10-24'))
    expect(doc.getMap('week:3').get('lang:vi')).toBe(false)
  })

  it('read a week listed without its details as empty, not as made-up values', () => {
    const doc = new Y.Doc()
    doc.getMap('weeks').set('5', true)
    expect(readWeek(doc, 5)).toEqual({ number: 5, monday: '', publishDate: '', content: {} })
  })

  it('are numbered in numeric order, leaving out names that are not week numbers', () => {
    const doc = new Y.Doc()
    for (const name of ['10', '9', '0', '-1', '2.5', 'x', '1']) doc.getMap('weeks').set(name, true)
    expect(syncedWeekNumbers(doc)).toEqual([1, 9, 10])
  })
})
