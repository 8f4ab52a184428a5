import { englishText, type Message } from '../domain/messages'
import type { CodecIssue } from '../domain/transferResults'

/** A problem found in a file, placed so that a user can find it: the file, and the line when known. */
export type { CodecIssue }

export function issue(file: string, line: number | null, message: Message): CodecIssue {
  return { file, line, message: englishText(message), said: message }
}

/** `content/1-Worklog/1.3-Week3/_index.md, line 18: the tasks table ...` */
export function describeIssue(found: CodecIssue): string {
  return found.line === null
    ? `${found.file}: ${found.message}`
    : `${found.file}, line ${found.line}: ${found.message}`
}
