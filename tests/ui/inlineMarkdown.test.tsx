import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { InlineMarkdown } from '../../src/ui/InlineMarkdown'
import { parseInlineMarkdown } from '../../src/ui/inlineMarkdown'

afterEach(cleanup)

function html(text: string): string {
  const { container } = render(<InlineMarkdown text={text} />)
  return container.innerHTML
}

describe('inline markdown in titles', () => {
  it('shows bold, italic and code as formatting and a link as its text', () => {
    expect(html('Create **2 VPCs** with *care* and `terraform`')).toBe(
      'Create <strong>2 VPCs</strong> with <em>care</em> and <code class="rounded bg-slate-100 px-0.5 text-[0.9em] dark:bg-slate-900">terraform</code>',
    )
    expect(html('Read [the **guide**](https://example.com)')).toBe(
      'Read <span>the <strong>guide</strong></span>',
    )
    expect(html('__bold__ and _it_')).toBe('<strong>bold</strong> and <em>it</em>')
  })

  it('leaves unclosed markers, snake_case and escapes as typed', () => {
    expect(html('2 * 3 = 6 and **open')).toBe('2 * 3 = 6 and **open')
    expect(html('run my_long_name')).toBe('run my_long_name')
    expect(html('\\*not italic\\*')).toBe('*not italic*')
  })

  it('never makes HTML of the text', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(1)</script>'
    const { container } = render(<InlineMarkdown text={hostile} />)
    expect(container.querySelector('img, script, a')).toBeNull()
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> x <script>alert(1)</script>')
    expect(parseInlineMarkdown('[x](javascript:alert(1))')).toEqual([
      { kind: 'link', children: [{ kind: 'text', text: 'x' }] },
    ])
  })
})
