import { MESSAGE_TEXT_EN } from './messageTexts'

// What reading files and storing data report to the user, as codes with parameters: the interface
// renders them in its language (i18n/en.ts and vi.ts hold every code), the command line in English
// (englishText). A parameter may itself be a message (a file's kind, a reason), rendered the same way.

export type MessageCode = keyof typeof MESSAGE_TEXT_EN

export type MessageParam = string | number | Message

export interface Message {
  code: MessageCode
  params: Record<string, MessageParam>
}

export function said(code: MessageCode, params: Record<string, MessageParam> = {}): Message {
  return { code, params }
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Message).code === 'string' &&
    typeof (value as Message).params === 'object'
  )
}

/** Renders a message with the templates of one language; numbers are grouped the way `locale` writes them. */
export function renderMessage(
  message: Message,
  template: (code: MessageCode) => string,
  locale: string,
): string {
  return template(message.code).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params[name]
    if (value === undefined) return whole
    if (typeof value === 'number') return value.toLocaleString(locale)
    return typeof value === 'string' ? value : renderMessage(value, template, locale)
  })
}

/** The message in English, as the command line prints it and as `message` fields keep it. */
export function englishText(message: Message): string {
  return renderMessage(message, (code) => MESSAGE_TEXT_EN[code], 'en-US')
}

/** An error that carries a message code, so that the interface can say it in the user's language. */
export class SaidError extends Error {
  readonly said: Message
  constructor(message: Message) {
    super(englishText(message))
    this.said = message
  }
}

/** The message an error carries, when it carries one. */
export function saidOf(error: unknown): Message | null {
  if (error instanceof SaidError) return error.said
  const carried = (error as { said?: unknown } | null)?.said
  return isMessage(carried) ? carried : null
}
