import { said, type Message } from '../domain/messages'
import { LIMITS } from './limits'

/** The line of a character offset, counted from 1. */
function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/**
 * Why a JSON text is refused before JSON.parse sees it, or null: too large, or objects and arrays
 * nested deeper than any file of the app (a nesting of thousands overflows the stack of what reads it).
 * `kind` is how the user calls the file: "backup file", "review package".
 */
export function checkJsonText(text: string, kind: Message): Message | null {
  if (text.length > LIMITS.jsonChars)
    return said('msg.jsonTooLarge', {
      kind,
      millions: Math.round(text.length / 1_000_000),
      limit: LIMITS.jsonChars / 1_000_000,
    })
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 92)
        i++ // backslash: the next character is escaped
      else if (ch === 34) inString = false
    } else if (ch === 34) inString = true
    else if (ch === 123 || ch === 91) {
      if (++depth > LIMITS.jsonDepth)
        return said('msg.jsonTooDeep', { kind, limit: LIMITS.jsonDepth, line: String(lineAt(text, i)) })
    } else if (ch === 125 || ch === 93) depth--
  }
  return null
}
