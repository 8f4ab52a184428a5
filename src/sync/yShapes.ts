import * as Y from 'yjs'
import { sameValue } from '../domain/sameValue'

/**
 * Writing plain values into Yjs types with the smallest change, so that concurrent edits on two devices
 * merge: text by its characters, lists by item id, values field by field.
 */

/** Replaces the text of `text` with `next` by editing only the part that differs. */
export function setText(text: Y.Text, next: string): void {
  const current = text.toString()
  if (current === next) return
  let start = 0
  const shorter = Math.min(current.length, next.length)
  while (start < shorter && current[start] === next[start]) start++
  let end = 0
  while (end < shorter - start && current[current.length - 1 - end] === next[next.length - 1 - end]) {
    end++
  }
  const removed = current.length - start - end
  if (removed > 0) text.delete(start, removed)
  const inserted = next.slice(start, next.length - end)
  if (inserted) text.insert(start, inserted)
}

/** How a field of a list item is kept: merged text, a plain value, or a nested list of items. */
export type FieldKind = 'text' | 'value' | ItemShape
export interface ItemShape {
  fields: Readonly<Record<string, FieldKind>>
}

export type Item = Readonly<Record<string, unknown>> & { id: string }

function writeField(map: Y.Map<unknown>, key: string, kind: FieldKind, value: unknown): void {
  if (kind === 'value') {
    if (value === undefined) {
      if (map.has(key)) map.delete(key)
    } else if (!sameValue(map.get(key), value)) map.set(key, value)
  } else if (kind === 'text') {
    let text = map.get(key)
    if (!(text instanceof Y.Text)) {
      text = new Y.Text()
      map.set(key, text)
    }
    setText(text as Y.Text, typeof value === 'string' ? value : '')
  } else {
    let list = map.get(key)
    if (!(list instanceof Y.Array)) {
      list = new Y.Array<Y.Map<unknown>>()
      map.set(key, list)
    }
    writeList(list as Y.Array<Y.Map<unknown>>, Array.isArray(value) ? (value as Item[]) : [], kind)
  }
}

function writeItem(map: Y.Map<unknown>, item: Item, shape: ItemShape): void {
  if (map.get('id') !== item.id) map.set('id', item.id)
  for (const [key, kind] of Object.entries(shape.fields)) writeField(map, key, kind, item[key])
}

const idOf = (map: Y.Map<unknown>) => map.get('id')

/**
 * Makes `list` hold `items` in order. Items are matched by id: a kept item is edited in place, a new one
 * inserted, a removed one deleted. Yjs has no move, so an item that changed place is deleted and inserted
 * again (a concurrent edit of that item on another device is then lost with the old copy).
 */
export function writeList(list: Y.Array<Y.Map<unknown>>, items: readonly Item[], shape: ItemShape): void {
  const wanted = new Set<unknown>(items.map((item) => item.id))
  const seen = new Set<unknown>()
  const drop: number[] = []
  list.toArray().forEach((map, index) => {
    const id = map instanceof Y.Map ? idOf(map) : undefined
    // Keep the first copy of an id only (two devices moving the same item can leave two).
    if (!wanted.has(id) || seen.has(id)) drop.push(index)
    seen.add(id)
  })
  for (const index of drop.reverse()) list.delete(index, 1)
  items.forEach((item, index) => {
    const current = index < list.length ? list.get(index) : undefined
    if (current && idOf(current) === item.id) {
      writeItem(current, item, shape)
      return
    }
    const from = list.toArray().findIndex((map) => idOf(map) === item.id)
    if (from > index) list.delete(from, 1)
    const map = new Y.Map<unknown>()
    list.insert(index, [map])
    writeItem(map, item, shape)
  })
}

function readField(value: unknown, kind: FieldKind): unknown {
  if (kind === 'value') return value
  if (kind === 'text') return value instanceof Y.Text ? value.toString() : ''
  return value instanceof Y.Array ? readList(value as Y.Array<Y.Map<unknown>>, kind) : []
}

/** The items of `list` as plain objects, the first copy of each id only. */
export function readList(list: Y.Array<Y.Map<unknown>>, shape: ItemShape): Record<string, unknown>[] {
  const seen = new Set<unknown>()
  const items: Record<string, unknown>[] = []
  for (const map of list.toArray()) {
    if (!(map instanceof Y.Map) || seen.has(map.get('id'))) continue
    seen.add(map.get('id'))
    const item: Record<string, unknown> = { id: map.get('id') }
    for (const [key, kind] of Object.entries(shape.fields)) item[key] = readField(map.get(key), kind)
    items.push(item)
  }
  return items
}
