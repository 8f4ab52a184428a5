import { useId, type ComponentProps, type ReactNode } from 'react'

export const inputClass =
  'min-h-8 w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 aria-[invalid=true]:border-red-600'

interface FieldProps {
  label: ReactNode
  hint?: ReactNode
  error?: ReactNode
}

interface ControlAttributes {
  id: string
  'aria-invalid'?: true
  'aria-describedby'?: string
}

/** A label, the control it names, and the hint or the error that describes it. */
function Field({
  label,
  hint,
  error,
  children,
}: FieldProps & { children: (control: ControlAttributes) => ReactNode }) {
  const id = useId()
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
      })}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  )
}

export function TextField({
  label,
  hint,
  error,
  ...props
}: Omit<ComponentProps<'input'>, 'id'> & FieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input className={inputClass} {...control} {...props} />}
    </Field>
  )
}

export function TextArea({
  label,
  hint,
  error,
  className = 'min-h-20',
  ...props
}: Omit<ComponentProps<'textarea'>, 'id'> & FieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea className={`${inputClass} ${className}`} {...control} {...props} />}
    </Field>
  )
}

export function SelectField({
  label,
  className = '',
  children,
  ...props
}: Omit<ComponentProps<'select'>, 'id'> & { label: ReactNode }) {
  const id = useId()
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <select id={id} className={`${inputClass} ${className}`} {...props}>
        {children}
      </select>
    </div>
  )
}
