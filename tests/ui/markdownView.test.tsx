import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../src/codec/markdownTree'
import { en } from '../../src/i18n/en'
import { I18nProvider } from '../../src/i18n/i18n'
import { headingLevels } from '../../src/ui/headingLevels'
import { MarkdownView } from '../../src/ui/MarkdownView'
import { safeHref } from '../../src/ui/safeHref'

afterEach(cleanup)

function show(markdown: string) {
  return render(
    <I18nProvider lang="en" messages={en}>
      <MarkdownView tree={parseMarkdown(markdown)} />
    </I18nProvider>,
  ).container
}

describe('safeHref', () => {
  it('lets http(s), mailto and relative addresses through and nothing else', () => {
    expect(safeHref('https://aws.amazon.com/vpc/')).toBe('https://aws.amazon.com/vpc/')
    expect(safeHref('mailto:an@example.com')).toBe('mailto:an@example.com')
    expect(safeHref('../1.2-Week2/')).toBe('../1.2-Week2/')
    expect(safeHref('#summary')).toBe('#summary')
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:x',
      ' javascript:x',
      'data:text/html,x',
      'vbscript:x',
    ])
      expect(safeHref(bad), bad).toBeNull()
  })
})

describe('headingLevels', () => {
  it('nests the page under the panel heading without skipping a level', () => {
    const tree = parseMarkdown('# A\n\n### B\n\n#### C\n\n### D\n\n## E\n')
    expect([...headingLevels(tree, 2).values()]).toEqual([3, 4, 5, 4, 4])
  })
})

describe('MarkdownView', () => {
  it('renders a worklog page: headings, bold, lists, a GFM table, code and safe links', () => {
    show(
      [
        '---',
        'title: "Week 1"',
        '---',
        '# **WEEK 1 WORKLOG**',
        '',
        '- Learn *VPC* and `ECS`',
        '- [x] Done item',
        '',
        '| Day | Task |',
        '| --- | --- |',
        '| 1 (Monday) | Read [the guide](https://docs.aws.amazon.com/) |',
        '',
        '```sh',
        'aws ec2 describe-vpcs',
        '```',
      ].join('\n'),
    )
    const heading = screen.getByRole('heading', { level: 3 })
    expect(heading.querySelector('strong')?.textContent).toBe('WEEK 1 WORKLOG')
    expect(screen.queryByText(/title:/)).toBeNull()
    expect(screen.getByText('VPC').tagName).toBe('EM')
    expect(screen.getByText('ECS').tagName).toBe('CODE')
    const table = screen.getByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'Task' })).toBeTruthy()
    const link = within(table).getByRole('link', { name: 'the guide' })
    expect(link.getAttribute('href')).toBe('https://docs.aws.amazon.com/')
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(screen.getByText('aws ec2 describe-vpcs').tagName).toBe('CODE')
  })

  it('shows hostile input as text: raw HTML, javascript: links, images and shortcodes', () => {
    const container = show(
      [
        'A <img src=x onerror=alert(1)> title',
        '',
        '<script>alert(1)</script>',
        '',
        '[click](javascript:alert(1)) and ![diagram](https://example.com/x.png)',
        '',
        '{{< youtube id="x" >}}',
      ].join('\n'),
    )
    expect(container.querySelector('img, script, iframe')).toBeNull()
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(container.textContent).toContain('<script>alert(1)</script>')
    expect(container.textContent).toContain('{{< youtube id="x" >}}')
    expect(screen.queryByRole('link', { name: 'click' })).toBeNull()
    expect(container.textContent).toContain('click (javascript:alert(1))')
    expect(container.textContent).toContain('Image: diagram')
    const imageLink = screen.getByRole('link', { name: 'open the image' })
    expect(imageLink.getAttribute('href')).toBe('https://example.com/x.png')
    expect([...container.querySelectorAll('a')].every((a) => a.rel === 'noopener noreferrer')).toBe(true)
  })
})
