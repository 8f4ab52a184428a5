import type { ReactNode } from 'react'
import { parseInlineMarkdown, type InlinePiece } from './inlineMarkdown'

function renderPieces(pieces: InlinePiece[]): ReactNode[] {
  return pieces.map((piece, index) => {
    switch (piece.kind) {
      case 'text':
        return piece.text
      case 'code':
        return (
          <code key={index} className="rounded bg-slate-100 px-0.5 text-[0.9em] dark:bg-slate-900">
            {piece.text}
          </code>
        )
      case 'strong':
        return <strong key={index}>{renderPieces(piece.children)}</strong>
      case 'emphasis':
        return <em key={index}>{renderPieces(piece.children)}</em>
      case 'link':
        return <span key={index}>{renderPieces(piece.children)}</span>
    }
  })
}

/** A title's inline markdown shown as formatting (bold, italic, code; a link as its text), as text. */
export function InlineMarkdown({ text }: { text: string }) {
  return <>{renderPieces(parseInlineMarkdown(text))}</>
}
