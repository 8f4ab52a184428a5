import { memo, useMemo, useRef, type ReactNode } from 'react'
import {
  addFirstItem,
  addItem,
  allTicked,
  moveInList,
  newItem,
  removeGroup,
  removeItem,
  tickAll,
  type Removed,
} from '../../domain/edits'
import { newId } from '../../domain/ids'
import type { AchievementGroup, AchievementItem, Achievements, Lang } from '../../domain/types'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { inputClass, TextArea } from '../../ui/fields'
import { UntranslatedBadge } from '../../ui/UntranslatedBadge'
import { useFocusAfterRender } from '../../ui/useFocusAfterRender'
import { ItemList, itemKey, type ItemActions } from './AchievementItemRow'
import type { UpdateContent } from './useEditHistory'

interface Props {
  achievements: Achievements
  lang: Lang
  readOnly: boolean
  updateContent: UpdateContent
  offerUndo: (message: string, undo: () => void) => void
  /** Shown under each item (the review thread of that item). */
  extras?: (item: AchievementItem) => ReactNode
}

const groupKey = (id: string, part?: string) => (part ? `group:${id}:${part}` : `group:${id}`)

export const AchievementsEditor = memo(function AchievementsEditor({
  achievements,
  lang,
  readOnly,
  updateContent,
  offerUndo,
  extras,
}: Props) {
  const t = useT()
  const { container, focusLater } = useFocusAfterRender<HTMLElement>()
  const latest = useRef(achievements)
  latest.current = achievements
  const actions = useMemo<ItemActions>(
    () => ({
      readOnly,
      extras,
      focusLater,
      current: () => latest.current,
      edit: (recipe, typing) => updateContent(lang, recipe, typing),
      remove: (id, groupId, above) => {
        let removed: Removed<AchievementItem> | null = null
        focusLater(...(above ? [itemKey(above)] : []), groupKey(groupId))
        updateContent(lang, (c) => {
          removed = removeItem(c, id)
          return removed?.content ?? c
        })
        const done = removed as Removed<AchievementItem> | null
        if (done) offerUndo(t('undo.itemDeleted'), () => updateContent(lang, done.restore))
      },
      addAndFocus: (add) => {
        const item = newItem()
        focusLater(itemKey(item.id))
        updateContent(lang, (c) => add(c, item))
      },
    }),
    [lang, readOnly, updateContent, offerUndo, t, extras, focusLater],
  )

  const removeWholeGroup = (id: string, index: number) => {
    let removed: Removed<AchievementGroup> | null = null
    const previous = achievements.groups[index - 1]
    focusLater(...(previous ? [groupKey(previous.id)] : []), 'add-group')
    updateContent(lang, (c) => {
      removed = removeGroup(c, id)
      return removed?.content ?? c
    })
    const done = removed as Removed<AchievementGroup> | null
    if (done) offerUndo(t('undo.groupDeleted'), () => updateContent(lang, done.restore))
  }
  const setGroups = (recipe: (groups: AchievementGroup[]) => AchievementGroup[], typing?: string) =>
    updateContent(
      lang,
      (c) => ({ ...c, achievements: { ...c.achievements, groups: recipe(c.achievements.groups) } }),
      typing,
    )
  const addGroup = () => {
    const id = newId()
    focusLater(groupKey(id))
    setGroups((gs) => [...gs, { id, title: '', items: [] }])
  }
  const everyItem = achievements.groups.flatMap((g) => g.items)
  const weekTicked = allTicked(everyItem)

  return (
    <section
      ref={container}
      aria-labelledby="achievements-heading"
      className="below-fold flex flex-col gap-3"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="achievements-heading" className="text-lg font-semibold">
          {t('week.achievements')}
        </h2>
        {!readOnly && everyItem.length > 0 && (
          <Button size="sm" onClick={() => updateContent(lang, (c) => tickAll(c, null, !weekTicked))}>
            {weekTicked ? t('achievements.untickWeek') : t('achievements.tickWeek')}
          </Button>
        )}
      </div>
      <TextArea
        label={t('achievements.intro')}
        data-field="achievements-intro"
        value={achievements.intro}
        readOnly={readOnly}
        className="grow-to-fit min-h-16"
        onChange={(e) =>
          updateContent(
            lang,
            (c) => ({ ...c, achievements: { ...c.achievements, intro: e.target.value } }),
            'intro',
          )
        }
      />
      {achievements.groups.map((group, index) => {
        const n = index + 1
        const ticked = allTicked(group.items)
        const moveGroup = (by: -1 | 1, part: string) => {
          focusLater(groupKey(group.id, part), groupKey(group.id))
          setGroups((gs) => moveInList(gs, index, by))
        }
        return (
          <div
            key={group.id}
            role="group"
            aria-label={t('achievements.groupLabel', { n, title: group.title })}
            className="flex flex-col gap-2 rounded-lg border border-slate-300 p-2 sm:p-3 dark:border-slate-600"
          >
            <div className="flex flex-wrap items-center gap-1">
              <span className="font-semibold" aria-hidden>
                {n}.
              </span>
              <input
                className={`${inputClass} basis-48 flex-1 font-semibold`}
                aria-label={t('achievements.groupTitle', { n })}
                aria-keyshortcuts="Enter"
                data-focus-key={groupKey(group.id)}
                data-field={`group-${group.id}-title`}
                value={group.title}
                readOnly={readOnly}
                onChange={(e) =>
                  setGroups(
                    (gs) => gs.map((g) => (g.id === group.id ? { ...g, title: e.target.value } : g)),
                    `group:${group.id}`,
                  )
                }
                onKeyDown={(e) => {
                  if (readOnly || e.key !== 'Enter' || e.nativeEvent.isComposing) return
                  e.preventDefault()
                  actions.addAndFocus((c, item) => addFirstItem(c, group.id, item))
                }}
              />
              <UntranslatedBadge show={group.untranslated} />
              {!readOnly && (
                <span className="ml-auto flex flex-wrap">
                  {group.items.length > 0 && (
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={t(ticked ? 'achievements.untickGroup' : 'achievements.tickGroup', { n })}
                      onClick={() => updateContent(lang, (c) => tickAll(c, group.id, !ticked))}
                    >
                      {ticked ? '☐' : '☑'}
                    </Button>
                  )}
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={index === 0}
                    data-focus-key={groupKey(group.id, 'up')}
                    aria-label={t('achievements.moveGroupUp', { n })}
                    onClick={() => moveGroup(-1, 'up')}
                  >
                    ↑
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={index === achievements.groups.length - 1}
                    data-focus-key={groupKey(group.id, 'down')}
                    aria-label={t('achievements.moveGroupDown', { n })}
                    onClick={() => moveGroup(1, 'down')}
                  >
                    ↓
                  </Button>
                  <Button
                    size="sm"
                    variant="danger"
                    aria-label={t('achievements.deleteGroup', { n })}
                    onClick={() => removeWholeGroup(group.id, index)}
                  >
                    ✕
                  </Button>
                </span>
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
        )
      })}
      {achievements.groups.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('week.noAchievements')}</p>
      )}
      {!readOnly && (
        <Button size="sm" className="self-start" data-focus-key="add-group" onClick={addGroup}>
          + {t('achievements.addGroup')}
        </Button>
      )}
    </section>
  )
})
