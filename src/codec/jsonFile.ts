/** Reading the app's own JSON files (backups, review packages, feedback): one set of clear refusals. */
import { englishText, said, type Message } from '../domain/messages'
import { checkJsonText } from './safeJson'
import { stripBoms } from './limits'

export type JsonFileResult =
  | { ok: true; record: Record<string, unknown>; version: number }
  | { ok: false; message: string; said: Message }

/** A refusal: the message in English (for the command line) and as a code (for the interface). */
export function refusal(message: Message): { ok: false; message: string; said: Message } {
  return { ok: false, message: englishText(message), said: message }
}

export interface JsonFileKind {
  /** The `format` field the file must carry. */
  format: string
  /** The newest schemaVersion this app reads. */
  maxVersion: number
  /** How the user calls such a file: "backup file", "review package", "feedback file". */
  label: Message
  /** What such a file is, in "This file is not a Worklog Tracker …": "backup", "review package". */
  name: Message
  /** What refusing means, e.g. "Nothing was restored." */
  nothingDone: Message
}

/** Where JSON.parse stopped, as line and column, from the character offset in its message. */
export function jsonPosition(text: string, error: unknown): { line: number; column: number } | null {
  const offset = /position (\d+)/.exec(error instanceof Error ? error.message : '')
  if (!offset) return null
  const before = text.slice(0, Number(offset[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return { line, column }
}

/** A JSON text that stops inside an object, array or string (brackets left open) was cut, not mistyped. */
export function isCutShort(text: string): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if (ch === '{' || ch === '[') depth++
    else if (ch === '}' || ch === ']') depth--
  }
  return inString || depth > 0
}

/** Parses a file of the given kind up to its version check; the caller validates the content. */
export function readJsonFile(text: string, kind: JsonFileKind): JsonFileResult {
  const refuse = refusal
  const { label: k, name, nothingDone: done } = kind
  const trimmed = stripBoms(text).trim()
  if (!trimmed) return refuse(said('msg.jsonEmpty', { kind: k, done }))
  const bounded = checkJsonText(trimmed, kind.label)
  if (bounded) return refuse(said('msg.withDone', { reason: bounded, done }))
  let raw: unknown
  try {
    raw = JSON.parse(trimmed)
  } catch (error) {
    if (isCutShort(trimmed)) {
      return refuse(said('msg.jsonCutShort', { kind: k, done }))
    }
    const at = jsonPosition(trimmed, error)
    return refuse(
      at
        ? said('msg.jsonInvalidAt', { kind: k, line: String(at.line), column: String(at.column), done })
        : said('msg.jsonInvalid', { kind: k, done }),
    )
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse(said('msg.jsonNotObject', { name, done }))
  }
  const record = raw as Record<string, unknown>
  if (record.format !== kind.format) {
    return refuse(
      typeof record.format === 'string'
        ? said('msg.jsonOtherFormat', { name, format: record.format, done })
        : said('msg.jsonWrongFormat', { name, done }),
    )
  }
  const version = record.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(said('msg.jsonNoVersion', { kind: k, done }))
  }
  if (version > kind.maxVersion) {
    return refuse(said('msg.jsonNewerVersion', { kind: k, name, version, max: kind.maxVersion, done }))
  }
  return { ok: true, record, version }
}

/** SHA-256 of a text, in hex: a file whose payload no longer matches it was changed after export. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}
