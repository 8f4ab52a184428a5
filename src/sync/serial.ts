/** Runs async jobs one after another, so that two exchanges of the same journal never interleave. */
export class Serial {
  private tail: Promise<void> = Promise.resolve()
  private pending = new Set<string>()

  /** Queues `job`; a job queued under a `key` already waiting is not queued twice. */
  run(job: () => Promise<void>, key?: string): Promise<void> {
    if (key !== undefined) {
      if (this.pending.has(key)) return this.tail
      this.pending.add(key)
    }
    const next = this.tail.then(async () => {
      if (key !== undefined) this.pending.delete(key)
      try {
        await job()
      } catch (error) {
        console.warn('Sync:', error)
      }
    })
    this.tail = next
    return next
  }

  idle(): Promise<void> {
    return this.tail
  }
}
