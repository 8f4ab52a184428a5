import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IMPORT_TIME_LIMIT_MS, analyseOffThread } from '../../src/queries/analyseOffThread'
import { weekPage } from '../codec/hostileInput'

/** A stand-in for the import worker: answers what `reply` gives, or never (a file that hangs the parser). */
class FakeWorker {
  static made: FakeWorker[] = []
  static reply: ((files: unknown) => unknown) | null = null
  onmessage: ((event: { data: unknown }) => void) | null = null
  onerror: ((event: { preventDefault(): void }) => void) | null = null
  terminated = false
  constructor() {
    FakeWorker.made.push(this)
  }
  postMessage(files: unknown) {
    const reply = FakeWorker.reply
    if (reply) setTimeout(() => this.onmessage?.({ data: reply(files) }), 10)
  }
  terminate() {
    this.terminated = true
  }
}

const page = () => [{ path: '1.1-Week1/_index.md', file: new File([weekPage(1)], '_index.md') }]

describe('reading picked files in a worker', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    FakeWorker.made = []
    FakeWorker.reply = null
    vi.stubGlobal('Worker', FakeWorker)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('stops a worker that does not answer within the time limit and reports it, with nothing read', async () => {
    let outcome: unknown = 'pending'
    void analyseOffThread(page()).then((answer) => (outcome = answer))
    await vi.advanceTimersByTimeAsync(IMPORT_TIME_LIMIT_MS - 1)
    expect(outcome).toBe('pending')
    expect(FakeWorker.made[0].terminated).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(outcome).toEqual({ kind: 'timedOut', seconds: IMPORT_TIME_LIMIT_MS / 1000 })
    expect(FakeWorker.made[0].terminated).toBe(true)
  })

  it('gives the answer of a worker that answers in time, ends it, and does not time out later', async () => {
    FakeWorker.reply = () => ({ kind: 'refused', message: 'no' })
    const answer = analyseOffThread(page(), 5_000)
    await vi.advanceTimersByTimeAsync(10)
    await expect(answer).resolves.toEqual({ kind: 'refused', message: 'no' })
    expect(FakeWorker.made[0].terminated).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('reads in the page when the worker cannot start, without a time limit cutting it', async () => {
    const answer = analyseOffThread(page(), 5_000)
    let prevented = false
    FakeWorker.made[0].onerror?.({ preventDefault: () => (prevented = true) })
    vi.useRealTimers()
    const outcome = await answer
    expect(prevented).toBe(true)
    expect(outcome.kind === 'pages' && outcome.imported.weeks.map((w) => w.number)).toEqual([1])
  })
})
