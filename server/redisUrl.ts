import type { Configuration } from '@hocuspocus/extension-redis'

/** Hocuspocus' Redis extension settings from a redis://[user:password@]host[:port][/db] URL. */
export function redisConfiguration(url: string): Partial<Configuration> {
  const parsed = new URL(url)
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new Error(`The Redis URL must start with redis:// or rediss:// (got "${parsed.protocol}").`)
  }
  const db = Number(parsed.pathname.slice(1) || '0')
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    options: {
      username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      db: Number.isInteger(db) ? db : 0,
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  }
}
