import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/i18n'
import { Button } from '../../ui/Button'

export interface ItemMenuAction {
  part: string
  label: string
  symbol: string
  run: () => void
  disabled?: boolean
}

/**
 * The actions on one achievement item (nest, move, add a sub-item, delete) behind one button: a menu
 * (ARIA menu button pattern) drawn only while open, so that a week of 30 items does not carry 180
 * buttons. Arrow keys, Home and End move in it; Escape closes it and gives focus back to its button.
 * The keyboard shortcuts of the item's text do the same without it.
 */
export function ItemMenu({
  name,
  focusKey,
  actions,
}: {
  name: string
  focusKey: string
  actions: ItemMenuAction[]
}) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLButtonElement>('[role=menuitem]:not(:disabled)')?.focus()
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node))
        setOpen(false)
    }
    document.addEventListener('pointerdown', away)
    return () => document.removeEventListener('pointerdown', away)
  }, [open])

  const move = (e: React.KeyboardEvent) => {
    const items = [
      ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ?? []),
    ]
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    const to =
      e.key === 'ArrowDown'
        ? (at + 1) % items.length
        : e.key === 'ArrowUp'
          ? (at - 1 + items.length) % items.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : null
    if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault()
      setOpen(false)
      if (e.key === 'Escape') button.current?.focus()
      return
    }
    if (to === null || items.length === 0) return
    e.preventDefault()
    items[to]!.focus()
  }

  return (
    <span className="relative ml-auto shrink-0">
      <Button
        ref={button}
        size="sm"
        variant="ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('achievements.itemMenu', { text: name })}
        data-focus-key={focusKey}
        onClick={() => setOpen((v) => !v)}
      >
        ⋯
      </Button>
      {open && (
        <div
          ref={menu}
          role="menu"
          aria-label={t('achievements.itemMenu', { text: name })}
          className="absolute right-0 z-20 mt-1 flex min-w-56 flex-col rounded-md border border-slate-300 bg-white p-1 shadow-lg dark:border-slate-600 dark:bg-slate-800"
          onKeyDown={move}
        >
          {actions.map((action) => (
            <Button
              key={action.part}
              role="menuitem"
              size="sm"
              variant={action.part === 'delete' ? 'danger' : 'ghost'}
              className="!justify-start text-left"
              disabled={action.disabled}
              aria-label={action.label}
              onClick={() => {
                setOpen(false)
                action.run()
              }}
            >
              <span aria-hidden="true" className="w-4 text-center">
                {action.symbol}
              </span>
              {action.label}
            </Button>
          ))}
        </div>
      )}
    </span>
  )
}
