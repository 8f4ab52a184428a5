import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react'
import {
  addChildItem,
  addItem,
  indentItem,
  moveInList,
  moveItem,
  newItem,
  outdentItem,
  removeGroup,
  removeItem,
  updateItem,
  type Removed,
} from '../../domain/edits'
import { newId } from '../../domain/ids'
import type { AchievementGroup, AchievementItem, Achievements, Lang, WeekContent } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { inputClass, TextArea } from '../../ui/fields'

type UpdateContent = (lang: Lang, recipe: (content: WeekContent) => WeekContent) => void

interface Props {
  achievements: Achievements
  lang: Lang
  readOnly: boolean
  updateContent: UpdateContent
  offerUndo: (message: string, undo: () => void) => void
  /** Shown under each item (the review thread of that item). */
  extras?: (item: AchievementItem) => ReactNode
}

interface ItemActions {
  readOnly: boolean
  extras?: (item: AchievementItem) => ReactNode
  edit: (recipe: (content: WeekContent) => WeekContent) => void
  remove: (id: string) => void
  /** Adds an item with `add` and moves focus into its text, so that the keyboard user types on. */
  addAndFocus: (add: (content: WeekContent, item: AchievementItem) => WeekContent) => void
}

export const AchievementsEditor = memo(function AchievementsEditor({
  achievements,
  lang,
  readOnly,
  updateContent,
  offerUndo,
  extras,
}: Props) {
  const t = useT()
  // A group or item just added by the user gets focus once it is on screen.
  const section = useRef<HTMLElement>(null)
  const focusId = useRef<string | null>(null)
  useEffect(() => {
    if (!focusId.current) return
    const field = section.current?.querySelector<HTMLElement>(`[data-focus-id="${focusId.current}"]`)
    if (field) {
      focusId.current = null
      field.focus()
    }
  })
  const actions = useMemo<ItemActions>(
    () => ({
      readOnly,
      extras,
      edit: (recipe) => updateContent(lang, recipe),
      remove: (id) => {
        let removed: Removed<AchievementItem> | null = null
        updateContent(lang, (c) => {
          removed = removeItem(c, id)
          return removed?.content ?? c
        })
        const done = removed as Removed<AchievementItem> | null
        if (done) offerUndo(t('undo.itemDeleted'), () => updateContent(lang, done.restore))
      },
      addAndFocus: (add) => {
        const item = newItem()
        focusId.current = item.id
        updateContent(lang, (c) => add(c, item))
      },
    }),
    [lang, readOnly, updateContent, offerUndo, t, extras],
  )

  const removeWholeGroup = (id: string) => {
    let removed: Removed<AchievementGroup> | null = null
    updateContent(lang, (c) => {
      removed = removeGroup(c, id)
      return removed?.content ?? c
    })
    const done = removed as Removed<AchievementGroup> | null
    if (done) offerUndo(t('undo.groupDeleted'), () => updateContent(lang, done.restore))
  }
  const setGroups = (recipe: (groups: AchievementGroup[]) => AchievementGroup[]) =>
    updateContent(lang, (c) => ({
      ...c,
      achievements: { ...c.achievements, groups: recipe(c.achievements.groups) },
    }))
  const addGroup = () => {
    const id = newId()
    focusId.current = id
    setGroups((gs) => [...gs, { id, title: '', items: [] }])
  }

  return (
    <section ref={section} aria-labelledby="achievements-heading" className="below-fold flex flex-col gap-3">
      <h2 id="achievements-heading" className="text-lg font-semibold">
        {t('week.achievements')}
      </h2>
      <TextArea
        label={t('achievements.intro')}
        data-field="achievements-intro"
        value={achievements.intro}
        readOnly={readOnly}
        rows={2}
        onChange={(e) =>
          updateContent(lang, (c) => ({ ...c, achievements: { ...c.achievements, intro: e.target.value } }))
        }
      />
      {achievements.groups.map((group, index) => (
        <div
          key={group.id}
          role="group"
          aria-label={t('achievements.groupLabel', { n: index + 1, title: group.title })}
          className="flex flex-col gap-2 rounded-lg border border-slate-300 p-3 dark:border-slate-600"
        >
          <div className="flex items-center gap-2">
            <span className="font-semibold" aria-hidden>
              {index + 1}.
            </span>
            <input
              className={`${inputClass} font-semibold`}
              aria-label={t('achievements.groupTitle', { n: index + 1 })}
              data-focus-id={group.id}
              data-field={`group-${group.id}-title`}
              value={group.title}
              readOnly={readOnly}
              onChange={(e) =>
                setGroups((gs) => gs.map((g) => (g.id === group.id ? { ...g, title: e.target.value } : g)))
              }
            />
            {!readOnly && (
              <>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={index === 0}
                  aria-label={t('achievements.moveGroupUp', { n: index + 1 })}
                  onClick={() => setGroups((gs) => moveInList(gs, index, -1))}
                >
                  ↑
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={index === achievements.groups.length - 1}
                  aria-label={t('achievements.moveGroupDown', { n: index + 1 })}
                  onClick={() => setGroups((gs) => moveInList(gs, index, 1))}
                >
                  ↓
                </Button>
                <Button
                  size="sm"
                  variant="danger"
                  aria-label={t('achievements.deleteGroup', { n: index + 1 })}
                  onClick={() => removeWholeGroup(group.id)}
                >
                  ✕
                </Button>
              </>
            )}
          </div>
          <ItemList items={group.items} groupId={group.id} depth={0} actions={actions} />
          {!readOnly && (
            <Button
              size="sm"
              variant="ghost"
              className="self-start"
              onClick={() => actions.addAndFocus((c, item) => addItem(c, group.id, null, item))}
            >
              + {t('achievements.addItem')}
            </Button>
          )}
        </div>
      ))}
      {achievements.groups.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('week.noAchievements')}</p>
      )}
      {!readOnly && (
        <Button size="sm" className="self-start" onClick={addGroup}>
          + {t('achievements.addGroup')}
        </Button>
      )}
    </section>
  )
})

function ItemList({
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
      className={`flex flex-col gap-1 ${depth > 0 ? 'ml-6 border-l border-slate-300 pl-2 dark:border-slate-600' : ''}`}
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

function ItemRow({
  item,
  groupId,
  depth,
  first,
  last,
  actions,
}: {
  item: AchievementItem
  groupId: string
  depth: number
  first: boolean
  last: boolean
  actions: ItemActions
}) {
  const t = useT()
  const name = item.text || t('achievements.untitledItem')
  const { edit, readOnly } = actions
  return (
    <li>
      <div className="flex items-center gap-1">
        <input
          type="checkbox"
          className="size-4 shrink-0 accent-emerald-700"
          checked={item.achieved}
          disabled={readOnly}
          aria-label={t('achievements.achieved', { text: name })}
          onChange={(e) => edit((c) => updateItem(c, item.id, { achieved: e.target.checked }))}
        />
        <input
          className={`${inputClass} ${item.achieved ? 'text-slate-600 dark:text-slate-400' : ''}`}
          aria-label={t('achievements.itemText')}
          data-focus-id={item.id}
          data-field={`item-${item.id}`}
          value={item.text}
          readOnly={readOnly}
          onChange={(e) => edit((c) => updateItem(c, item.id, { text: e.target.value }))}
          onKeyDown={(e) => {
            if (readOnly) return
            if (e.key === 'Enter') {
              e.preventDefault()
              actions.addAndFocus((c, next) => addItem(c, groupId, item.id, next))
            } else if (e.altKey && e.key === 'ArrowRight') edit((c) => indentItem(c, item.id))
            else if (e.altKey && e.key === 'ArrowLeft') edit((c) => outdentItem(c, item.id))
          }}
        />
        {!readOnly && (
          <span className="flex shrink-0">
            <Button
              size="sm"
              variant="ghost"
              disabled={depth === 0}
              aria-label={t('achievements.outdent', { text: name })}
              onClick={() => edit((c) => outdentItem(c, item.id))}
            >
              ←
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={first}
              aria-label={t('achievements.indent', { text: name })}
              onClick={() => edit((c) => indentItem(c, item.id))}
            >
              →
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={first}
              aria-label={t('achievements.moveUp', { text: name })}
              onClick={() => edit((c) => moveItem(c, item.id, -1))}
            >
              ↑
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={last}
              aria-label={t('achievements.moveDown', { text: name })}
              onClick={() => edit((c) => moveItem(c, item.id, 1))}
            >
              ↓
            </Button>
            <Button
              size="sm"
              variant="ghost"
              aria-label={t('achievements.addChild', { text: name })}
              onClick={() => actions.addAndFocus((c, child) => addChildItem(c, item.id, child))}
            >
              +
            </Button>
            <Button
              size="sm"
              variant="danger"
              aria-label={t('achievements.deleteItem', { text: name })}
              onClick={() => actions.remove(item.id)}
            >
              ✕
            </Button>
          </span>
        )}
      </div>
      {actions.extras && <div className="ml-6">{actions.extras(item)}</div>}
      <ItemList items={item.children} groupId={groupId} depth={depth + 1} actions={actions} />
    </li>
  )
}
