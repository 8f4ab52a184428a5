#!/usr/bin/env node
// Size budget for the JavaScript the first page loads.
//
// Reads dist/index.html (run `npm run build` first), takes every
// <script type="module" src> and <link rel="modulepreload" href>, then follows
// the static imports/re-exports of those chunks recursively (dynamic import()
// is a lazy chunk and is not followed). Each file is gzipped at level 9.
// Prints a JSON report and exits 1 when the total is above the budget.
// kB here means 1000 bytes, as in Vite's own build report.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { parseSync } from 'vite'

const BUDGET_KB = 130
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// SIZE_DIST checks another build folder (`vite build --outDir …`).
const dist = path.resolve(root, process.env.SIZE_DIST ?? 'dist')
const indexHtml = path.join(dist, 'index.html')

function fail(message) {
  console.error(`size: ${message}`)
  process.exit(1)
}

if (!existsSync(indexHtml)) {
  fail(`${path.relative(root, indexHtml)} not found: run \`npm run build\` first.`)
}

function attributes(source) {
  const attrs = {}
  const re = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g
  for (const m of source.matchAll(re)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? ''
  }
  return attrs
}

/** Maps a URL from index.html or an import specifier to a file under dist/. */
function resolveFile(specifier, fromDir, where) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(specifier)) {
    fail(`${where} loads ${specifier}: the first page must not load JavaScript from another origin.`)
  }
  const clean = specifier.replace(/[?#].*$/, '')
  let file
  if (clean.startsWith('/')) file = path.join(dist, clean)
  else if (clean.startsWith('./') || clean.startsWith('../')) file = path.resolve(fromDir, clean)
  else if (fromDir === dist)
    file = path.resolve(dist, clean) // plain relative URL in HTML
  else fail(`${where} imports the bare specifier "${specifier}", which a browser cannot load.`)
  if (!file.startsWith(dist + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    fail(`${where} refers to ${specifier}, which is not a file in dist/.`)
  }
  return file
}

const html = readFileSync(indexHtml, 'utf8').replace(/<!--[\s\S]*?-->/g, '')
const entries = []
for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
  const tag = m[1].toLowerCase()
  const attrs = attributes(m[2])
  if (tag === 'script' && attrs.src) {
    // Module scripts and classic ones (the boot script of build/boot.ts) alike.
    entries.push(resolveFile(attrs.src, dist, 'index.html'))
  } else if (
    tag === 'link' &&
    attrs.href &&
    (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('modulepreload')
  ) {
    entries.push(resolveFile(attrs.href, dist, 'index.html'))
  }
}
if (entries.length === 0) {
  fail('dist/index.html has no <script type="module" src> or <link rel="modulepreload" href>.')
}

function staticImports(file) {
  const code = readFileSync(file, 'utf8')
  const { program, errors } = parseSync(file, code, { sourceType: 'module', lang: 'js' })
  if (errors.length > 0) {
    fail(`cannot parse ${path.relative(root, file)}: ${errors.map((e) => e.message).join('; ')}`)
  }
  const specifiers = []
  // Static imports and re-exports can only be top-level statements.
  for (const node of program.body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source
    ) {
      specifiers.push(node.source.value)
    }
  }
  return specifiers
}

const initial = new Set()
const queue = [...entries]
while (queue.length > 0) {
  const file = queue.shift()
  if (initial.has(file)) continue
  initial.add(file)
  if (!/\.m?js$/.test(file)) continue
  const where = path.relative(dist, file)
  for (const spec of staticImports(file)) {
    queue.push(resolveFile(spec, path.dirname(file), where))
  }
}

const kb = (bytes) => Math.round(bytes / 10) / 100
const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length

const files = {}
let total = 0
for (const file of [...initial].sort()) {
  const size = gzipBytes(file)
  total += size
  files[path.relative(dist, file)] = kb(size)
}

// JavaScript in dist/ that the first page does not load (lazy chunks), for information.
const lazy = {}
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full)
    else if (/\.m?js$/.test(entry.name) && !initial.has(full))
      lazy[path.relative(dist, full)] = kb(gzipBytes(full))
  }
}
walk(dist)

const ok = total <= BUDGET_KB * 1000
console.log(
  JSON.stringify(
    {
      unit: 'kB gzip -9 (1 kB = 1000 bytes)',
      initialJs: files,
      totalKB: kb(total),
      budgetKB: BUDGET_KB,
      ok,
      lazyJsNotCounted: lazy,
    },
    null,
    2,
  ),
)
if (!ok) {
  console.error(
    `size: FAIL: the first page loads ${kb(total)} kB of gzipped JavaScript, above the ${BUDGET_KB} kB budget.`,
  )
  process.exit(1)
}
console.log(`size: OK: ${kb(total)} kB of ${BUDGET_KB} kB for the first page's JavaScript.`)
