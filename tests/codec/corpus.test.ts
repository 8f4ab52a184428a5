// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Nodes, RootContent, Table } from 'mdast'
import { parseMarkdown } from '../../src/codec/markdownTree'
import { parseWeekPage } from '../../src/codec/parseWeekPage'
import { describeIssue } from '../../src/codec/issues'
import { foldText } from '../../src/codec/headingKinds'
import type { AchievementItem, WeekContent } from '../../src/domain/types'
import { CORPUS_DIR, HAS_CORPUS, corpusPages } from './helpers'

if (!HAS_CORPUS)
  console.warn(
    `Skipping the corpus fidelity tests: ${CORPUS_DIR} is not there (the shared corpus sits beside the repository).`,
  )

/** A word is a run of letters and digits with at least one letter; numbers alone are dates and list numbers. */
function words(text: string): Set<string> {
  return new Set(
    (text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
      .filter((w) => /\p{L}/u.test(w))
      .map((w) => w.toLowerCase()),
  )
}

function collect(node: Nodes, into: string[]): void {
  if (node.type === 'html') {
    if (!/^<br\s*\/?>$/i.test(node.value.trim())) into.push(node.value)
    return
  }
  if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
    into.push(node.url, node.title ?? '')
  if (node.type === 'image') into.push(node.alt ?? '')
  if ('value' in node && typeof node.value === 'string') into.push(node.value)
  if ('children' in node) for (const child of node.children as Nodes[]) collect(child, into)
}

/** The page's own words: everything but front matter, headings, table headers and the Day column. */
function pageWords(text: string): Set<string> {
  const parts: string[] = []
  for (const block of parseMarkdown(text).children as RootContent[]) {
    if (block.type === 'yaml' || block.type === 'heading') continue
    if (block.type === 'table') {
      const table = block as Table
      const dayColumn = table.children[0]?.children.findIndex((cell) =>
        /^(day|thu)$/.test(foldText(cellText(cell))),
      )
      // The header row names the columns, like a heading; the rows hold the words.
      for (const row of table.children.slice(1))
        row.children.forEach((cell, i) => i !== dayColumn && collect(cell, parts))
      continue
    }
    // `**Summary:**` labels the summary the way a heading would.
    const label =
      block.type === 'paragraph' &&
      block.children[0]?.type === 'strong' &&
      /^(summary|tổng kết|tóm tắt|kết luận)\s*:?$/i.test(cellText(block.children[0]).trim())
    if (block.type === 'paragraph' && label) block.children.slice(1).forEach((child) => collect(child, parts))
    else collect(block, parts)
  }
  return words(parts.join(' '))
}

function cellText(cell: Nodes): string {
  const parts: string[] = []
  collect(cell, parts)
  return parts.join('')
}

function itemTexts(items: AchievementItem[]): string[] {
  return items.flatMap((item) => [item.text, ...itemTexts(item.children)])
}

function importedWords(content: WeekContent): Set<string> {
  return words(
    [
      content.title,
      ...content.objectives.map((o) => o.text),
      ...content.tasks.flatMap((t) => [t.title, t.detail, t.reference]),
      content.achievements.intro,
      ...content.achievements.groups.flatMap((g) => [g.title, ...itemTexts(g.items)]),
      content.summary,
      ...content.notes.map((n) => n.markdown),
    ].join(' '),
  )
}

const pages = HAS_CORPUS
  ? corpusPages().filter((p) => !/content\/1-Worklog\/_index(\.vi)?\.md$/.test(p.path))
  : []

describe.skipIf(!HAS_CORPUS)('corpus fidelity', () => {
  it('finds the corpus pages', () => {
    expect(pages.length).toBeGreaterThan(100)
  })

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s imports without error and keeps every word',
    (_path, page) => {
      const result = parseWeekPage(page.text, { fileName: page.path })
      if (!result.ok) throw new Error(describeIssue(result.error))
      const kept = importedWords(result.page.content)
      const lost = [...pageWords(page.text)].filter((w) => !kept.has(w))
      expect(lost).toEqual([])
      expect(result.page.number).toBeGreaterThan(0)
      expect(result.page.lang).toBe(page.path.endsWith('.vi.md') ? 'vi' : 'en')
    },
  )

  it('reads the section pages as section pages, not weeks', () => {
    const sections = corpusPages().filter((p) => /content\/1-Worklog\/_index(\.vi)?\.md$/.test(p.path))
    expect(sections.length).toBeGreaterThan(0)
    for (const page of sections) {
      const result = parseWeekPage(page.text, { fileName: page.path })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(/section page/)
    }
  })
})
