// Vitest globalSetup for the browser tests: serves the built dist/ with
// `vite preview --host 127.0.0.1 --port 4173 --strictPort` for the whole run
// and stops it afterwards.

import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PREVIEW_HOST, PREVIEW_PORT, appUrl } from './harness'

const root = fileURLToPath(new URL('..', import.meta.url))

function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, host, () => server.close(() => resolve(true)))
  })
}

async function waitUntilServing(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `vite preview exited (${child.exitCode ?? child.signalCode}) before serving:\n${output()}`,
      )
    }
    try {
      const res = await fetch(appUrl('/'))
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer on ${appUrl('/')} within ${timeoutMs} ms:\n${output()}`)
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

// E2E_DIST serves another build folder (`vite build --outDir …`), so that runs in parallel do not share one.
const distDir = path.resolve(root, process.env.E2E_DIST ?? 'dist')

export default async function setup(): Promise<() => Promise<void>> {
  const index = path.join(distDir, 'index.html')
  if (!existsSync(index)) {
    throw new Error(
      `e2e: ${path.relative(root, index)} not found. Run \`npm run build\` before \`npm run e2e\`.`,
    )
  }
  if (!(await portIsFree(PREVIEW_PORT, PREVIEW_HOST))) {
    throw new Error(
      `e2e: ${PREVIEW_HOST}:${PREVIEW_PORT} is already in use (a leftover preview server?). Stop it and run again.`,
    )
  }

  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const child = spawn(
    process.execPath,
    [
      viteBin,
      'preview',
      '--host',
      PREVIEW_HOST,
      '--port',
      String(PREVIEW_PORT),
      '--strictPort',
      '--outDir',
      distDir,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  )
  let log = ''
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()))
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)

  try {
    await waitUntilServing(child, () => log, 30_000)
  } catch (err) {
    await stop(child)
    throw err
  }

  return async () => {
    process.removeListener('exit', killOnExit)
    await stop(child)
  }
}
