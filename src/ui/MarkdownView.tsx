import type { Heading, Nodes, Root, RootContent } from 'mdast'
import { createElement, type ReactNode } from 'react'
import { useT } from '../i18n/i18n'
import { headingLevels } from './headingLevels'
import { safeHref } from './safeHref'

type Translate = ReturnType<typeof useT>

interface Context {
  levels: Map<Heading, number>
  t: Translate
}

const linkClass = 'text-blue-800 underline underline-offset-2 dark:text-blue-300'
const cellClass = 'border border-slate-400 px-2 py-1 align-top dark:border-slate-500'

function children(node: Nodes, context: Context): ReactNode[] {
  if (!('children' in node)) return []
  return (node.children as RootContent[]).map((child, index) => render(child, context, index))
}

/** A link to what the page points at; an address that is not http(s), mailto or relative stays text. */
function renderLink(url: string, content: ReactNode, key: number): ReactNode {
  const href = safeHref(url)
  if (href === null)
    return (
      <span key={key}>
        {content} <span className="text-slate-600 dark:text-slate-400">({url})</span>
      </span>
    )
  return (
    <a key={key} href={href} target="_blank" rel="noopener noreferrer" className={linkClass}>
      {content}
    </a>
  )
}

function renderTable(node: Extract<Nodes, { type: 'table' }>, context: Context, key: number): ReactNode {
  const [head, ...body] = node.children
  return (
    <table key={key} className="my-2 border-collapse text-xs">
      {head && (
        <thead>
          <tr>
            {head.children.map((cell, i) => (
              <th key={i} scope="col" className={`${cellClass} text-left`}>
                {children(cell, context)}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {body.map((row, r) => (
          <tr key={r}>
            {row.children.map((cell, i) => (
              <td key={i} className={cellClass}>
                {children(cell, context)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function renderBlock(node: Nodes, context: Context, key: number): ReactNode {
  switch (node.type) {
    case 'heading': {
      const level = context.levels.get(node) ?? 6
      const size = level <= 3 ? 'text-lg' : level === 4 ? 'text-base' : 'text-sm'
      return createElement(
        `h${level}`,
        { key, className: `mt-3 mb-1 font-semibold ${size}` },
        children(node, context),
      )
    }
    case 'paragraph':
      return (
        <p key={key} className="my-1.5">
          {children(node, context)}
        </p>
      )
    case 'blockquote':
      return (
        <blockquote key={key} className="my-2 border-l-4 border-slate-400 pl-3">
          {children(node, context)}
        </blockquote>
      )
    case 'list': {
      const className = `my-1.5 pl-6 ${node.ordered ? 'list-decimal' : 'list-disc'}`
      return node.ordered ? (
        <ol key={key} start={node.start ?? undefined} className={className}>
          {children(node, context)}
        </ol>
      ) : (
        <ul key={key} className={className}>
          {children(node, context)}
        </ul>
      )
    }
    case 'listItem':
      return (
        <li key={key} className="[&>p]:my-0">
          {node.checked === true && <span aria-hidden>☑ </span>}
          {node.checked === false && <span aria-hidden>☐ </span>}
          {children(node, context)}
        </li>
      )
    case 'table':
      return renderTable(node, context, key)
    case 'code':
      return (
        <pre key={key} className="my-2 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900">
          <code>{node.value}</code>
        </pre>
      )
    case 'thematicBreak':
      return <hr key={key} className="my-3 border-slate-400" />
    default:
      return undefined
  }
}

function renderInline(node: Nodes, context: Context, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value
    // Raw HTML in a page is shown as the text it is, never parsed.
    case 'html':
      return (
        <code key={key} className="text-xs">
          {node.value}
        </code>
      )
    case 'emphasis':
      return <em key={key}>{children(node, context)}</em>
    case 'strong':
      return <strong key={key}>{children(node, context)}</strong>
    case 'delete':
      return <del key={key}>{children(node, context)}</del>
    case 'inlineCode':
      return (
        <code key={key} className="rounded bg-slate-100 px-1 text-xs dark:bg-slate-900">
          {node.value}
        </code>
      )
    case 'break':
      return <br key={key} />
    case 'link':
      return renderLink(node.url, children(node, context), key)
    // No request beyond the app's origin: an image is its alt text and a link to it.
    case 'image':
      return (
        <span key={key}>
          [{context.t('export.image', { alt: node.alt ?? '' })}]{' '}
          {renderLink(node.url, context.t('export.imageLink'), 0)}
        </span>
      )
    default:
      return undefined
  }
}

function render(node: Nodes, context: Context, key: number): ReactNode {
  if (node.type === 'yaml' || node.type === 'definition') return null
  const block = renderBlock(node, context, key)
  if (block !== undefined) return block
  const inline = renderInline(node, context, key)
  if (inline !== undefined) return inline
  // Anything else (references, footnotes): its text, as text.
  if ('value' in node && typeof node.value === 'string') return <span key={key}>{node.value}</span>
  return <span key={key}>{children(node, context)}</span>
}

/**
 * A markdown page as React elements, from its mdast tree: every text is a text node (raw HTML and
 * shortcodes included), links open in a new tab only for safe addresses, images are never loaded.
 * `headingBase` is the level of the heading the page is shown under.
 */
export function MarkdownView({ tree, headingBase = 2 }: { tree: Root; headingBase?: number }) {
  const t = useT()
  const context: Context = { levels: headingLevels(tree, headingBase), t }
  return <div className="text-sm break-words">{children(tree, context)}</div>
}
