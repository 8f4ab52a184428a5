/** Reading the app's own JSON files (backups, review packages, feedback): one set of clear refusals. */
import { checkJsonText } from './safeJson'
import { stripBoms } from './limits'

export type JsonFileResult =
  { ok: true; record: Record<string, unknown>; version: number } | { ok: false; message: string }

export interface JsonFileKind {
  /** The `format` field the file must carry. */
  format: string
  /** The newest schemaVersion this app reads. */
  maxVersion: number
  /** How the user calls such a file: "backup file", "review package", "feedback file". */
  label: string
  /** What such a file is, in "This file is not a Worklog Tracker …": "backup", "review package". */
  name: string
  /** What refusing means, e.g. "Nothing was restored." */
  nothingDone: string
}

/** Where JSON.parse stopped, as `line L, column C`, from the character offset in its message. */
export function jsonPosition(text: string, error: unknown): string {
  const offset = /position (\d+)/.exec(error instanceof Error ? error.message : '')
  if (!offset) return ''
  const before = text.slice(0, Number(offset[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return ` at line ${line}, column ${column}`
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
  const refuse = (message: string): JsonFileResult => ({ ok: false, message })
  const trimmed = stripBoms(text).trim()
  if (!trimmed) return refuse(`The ${kind.label} is empty. ${kind.nothingDone}`)
  const bounded = checkJsonText(trimmed, kind.label)
  if (bounded) return refuse(`${bounded} ${kind.nothingDone}`)
  let raw: unknown
  try {
    raw = JSON.parse(trimmed)
  } catch (error) {
    if (isCutShort(trimmed)) {
      return refuse(
        `The ${kind.label} is cut short: it ends in the middle of the data, so it was not saved or downloaded completely. ${kind.nothingDone}`,
      )
    }
    return refuse(
      `The ${kind.label} is damaged: it is not valid JSON${jsonPosition(trimmed, error)}. ${kind.nothingDone}`,
    )
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse(
      `This file is not a Worklog Tracker ${kind.name}: it holds no ${kind.name} object. ${kind.nothingDone}`,
    )
  }
  const record = raw as Record<string, unknown>
  if (record.format !== kind.format) {
    const what = typeof record.format === 'string' ? ` (its format is “${record.format}”)` : ''
    return refuse(`This file is not a Worklog Tracker ${kind.name}${what}. ${kind.nothingDone}`)
  }
  const version = record.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(
      `The ${kind.label} is damaged: its schemaVersion is missing or not a version number. ${kind.nothingDone}`,
    )
  }
  if (version > kind.maxVersion) {
    return refuse(
      `This ${kind.label} was made by a newer version of Worklog Tracker (${kind.name} version ${version}; this version reads up to ${kind.maxVersion}). Update the app to open it. ${kind.nothingDone}`,
    )
  }
  return { ok: true, record, version }
}

/** SHA-256 of a text, in hex: a file whose payload no longer matches it was changed after export. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}
