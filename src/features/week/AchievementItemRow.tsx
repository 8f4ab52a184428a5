import type { ReactNode } from 'react'
import { addChildItem, addItem, indentItem, moveItem, outdentItem, updateItem } from '../../domain/edits'
import { isMultiLine, itemAbove, pasteItems } from '../../domain/outline'
import type { AchievementItem, Achievements, WeekContent } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { inputClass } from '../../ui/fields'
import { UntranslatedBadge } from '../../ui/UntranslatedBadge'
import { ItemMenu } from './ItemMenu'

export interface ItemActions {
  readOnly: boolean
  extras?: (item: AchievementItem) => ReactNode
  /** A structural edit; `typing` names the field when the edit is typing in it. */
  edit: (recipe: (content: WeekContent) => WeekContent, typing?: string) => void
  /** Deletes an item; focus goes to the item above it, or to its group's title. */
  remove: (id: string, groupId: string, above: string | null) => void
  /** Adds an item with `add` and moves focus into its text, so that the keyboard user types on. */
  addAndFocus: (add: (content: WeekContent, item: AchievementItem) => WeekContent) => void
  /** Focus, after the edit renders, the first of these focus keys found on screen. */
  focusLater: (...keys: string[]) => void
  /** The achievements as they are now (to find the item above one being deleted). */
  current: () => Achievements
}

export const itemKey = (id: string, part?: string) => (part ? `item:${id}:${part}` : `item:${id}`)

export function ItemList({
  items,
  groupId,
  depth,
  actions,
}: {
  items: AchievementItem[]
  groupId: string
  depth: number
  actions: ItemActions
}) {
  if (items.length === 0) return null
  return (
    <ul
      className={`flex flex-col gap-1 ${depth > 0 ? 'ml-3 border-l border-slate-300 pl-2 sm:ml-6 dark:border-slate-600' : ''}`}
    >
      {items.map((item, index) => (
        <ItemRow
          key={item.id}
          item={item}
          groupId={groupId}
          depth={depth}
          first={index === 0}
          last={index === items.length - 1}
          actions={actions}
        />
      ))}
    </ul>
  )
}

interface RowProps {
  item: AchievementItem
  groupId: string
  depth: number
  first: boolean
  last: boolean
  actions: ItemActions
}

/** One checklist item, edited like a line of an outliner (keys in `onItemKey`). */
function ItemRow({ item, groupId, depth, first, last, actions }: RowProps) {
  const t = useT()
  const name = item.text || t('achievements.untitledItem')
  const { edit, readOnly, focusLater } = actions
  const structural = (recipe: (c: WeekContent) => WeekContent) => {
    focusLater(itemKey(item.id))
    edit(recipe)
  }
  const remove = () => {
    actions.remove(item.id, groupId, itemAbove(actions.current(), item.id))
  }
  return (
    <li>
      <div className="flex flex-wrap items-start gap-1">
        <input
          type="checkbox"
          className="mt-1 accent-emerald-700"
          checked={item.achieved}
          disabled={readOnly}
          aria-label={t('achievements.achieved', { text: name })}
          onChange={(e) => edit((c) => updateItem(c, item.id, { achieved: e.target.checked }))}
        />
        <textarea
          rows={1}
          className={`${inputClass} grow-to-fit basis-48 flex-1 ${item.achieved ? 'text-slate-600 dark:text-slate-400' : ''}`}
          aria-label={t('achievements.itemText')}
          aria-keyshortcuts="Enter Tab Shift+Tab Alt+ArrowUp Alt+ArrowDown"
          data-focus-key={itemKey(item.id)}
          data-focus-id={item.id}
          data-field={`item-${item.id}`}
          value={item.text}
          readOnly={readOnly}
          onChange={(e) => edit((c) => updateItem(c, item.id, { text: e.target.value }), `item:${item.id}`)}
          onPaste={(e) => {
            const text = e.clipboardData.getData('text/plain')
            if (readOnly || !isMultiLine(text)) return
            e.preventDefault()
            let last: string | null = null
            edit((c) => {
              const pasted = pasteItems(c, item.id, text)
              last = pasted?.last ?? null
              return pasted?.content ?? c
            })
            if (last) focusLater(itemKey(last))
          }}
          onKeyDown={(e) => {
            if (readOnly || e.nativeEvent.isComposing) return
            const key = onItemKey(e, { item, first, depth })
            if (!key) return
            e.preventDefault()
            if (key === 'next') actions.addAndFocus((c, next) => addItem(c, groupId, item.id, next))
            else if (key === 'delete') remove()
            else if (key === 'indent') structural((c) => indentItem(c, item.id))
            else if (key === 'outdent') structural((c) => outdentItem(c, item.id))
            else structural((c) => moveItem(c, item.id, key === 'up' ? -1 : 1))
          }}
        />
        <UntranslatedBadge show={item.untranslated} />
        {!readOnly && (
          <ItemMenu
            name={name}
            focusKey={itemKey(item.id, 'menu')}
            actions={[
              {
                part: 'outdent',
                label: t('achievements.outdent', { text: name }),
                symbol: '←',
                run: () => structural((c) => outdentItem(c, item.id)),
                disabled: depth === 0,
              },
              {
                part: 'indent',
                label: t('achievements.indent', { text: name }),
                symbol: '→',
                run: () => structural((c) => indentItem(c, item.id)),
                disabled: first,
              },
              {
                part: 'up',
                label: t('achievements.moveUp', { text: name }),
                symbol: '↑',
                run: () => structural((c) => moveItem(c, item.id, -1)),
                disabled: first,
              },
              {
                part: 'down',
                label: t('achievements.moveDown', { text: name }),
                symbol: '↓',
                run: () => structural((c) => moveItem(c, item.id, 1)),
                disabled: last,
              },
              {
                part: 'child',
                label: t('achievements.addChild', { text: name }),
                symbol: '+',
                run: () => actions.addAndFocus((c, child) => addChildItem(c, item.id, child)),
              },
              {
                part: 'delete',
                label: t('achievements.deleteItem', { text: name }),
                symbol: '✕',
                run: remove,
              },
            ]}
          />
        )}
      </div>
      {actions.extras && <div className="ml-6">{actions.extras(item)}</div>}
      <ItemList items={item.children} groupId={groupId} depth={depth + 1} actions={actions} />
    </li>
  )
}

type ItemKey = 'next' | 'delete' | 'indent' | 'outdent' | 'up' | 'down'

/**
 * The outliner keys of an item's text: Enter adds the next item (Shift+Enter a new line), Tab and
 * Shift+Tab (or Alt+→ / Alt+←) nest and outdent, Alt+↑ / Alt+↓ move, Backspace in an empty item deletes
 * it. Tab is left to move focus where it cannot nest (the first item) or outdent (a top item).
 */
function onItemKey(
  e: React.KeyboardEvent<HTMLTextAreaElement>,
  { item, first, depth }: { item: AchievementItem; first: boolean; depth: number },
): ItemKey | null {
  const plain = !e.ctrlKey && !e.metaKey
  if (e.key === 'Enter' && !e.shiftKey && !e.altKey && plain) return 'next'
  if (e.key === 'Backspace' && plain && item.text === '' && item.children.length === 0) return 'delete'
  if ((e.key === 'Tab' && !e.shiftKey && plain) || (e.altKey && e.key === 'ArrowRight'))
    return first ? null : 'indent'
  if ((e.key === 'Tab' && e.shiftKey && plain) || (e.altKey && e.key === 'ArrowLeft'))
    return depth === 0 ? null : 'outdent'
  if (e.altKey && e.key === 'ArrowUp') return 'up'
  if (e.altKey && e.key === 'ArrowDown') return 'down'
  return null
}
