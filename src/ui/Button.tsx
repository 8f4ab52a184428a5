import type { ComponentProps } from 'react'

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger'

const variants: Record<Variant, string> = {
  primary:
    'bg-blue-700 text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400',
  secondary:
    'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
  ghost: 'text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-700',
  danger: 'text-red-700 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950',
}

export function Button({
  variant = 'secondary',
  size = 'md',
  className = '',
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: Variant; size?: 'sm' | 'md' }) {
  // Targets are at least 32 px (WCAG 2.2 asks 24); the main action of a screen is 44 px, for thumbs.
  const sizing =
    size === 'sm' ? 'min-h-8 min-w-8 justify-center px-2 py-1 text-xs' : 'min-h-9 px-3 py-1.5 text-sm'
  const main = variant === 'primary' ? 'min-h-11' : ''
  return (
    <button
      type={type}
      data-main-action={variant === 'primary' ? '' : undefined}
      className={`inline-flex items-center gap-1 rounded-md font-medium disabled:cursor-not-allowed disabled:opacity-50 ${sizing} ${main} ${variants[variant]} ${className}`}
      {...props}
    />
  )
}
