import type { Server as AdminServer } from 'node:http'
import { hostname } from 'node:os'
import { serveAdmin } from './admin.ts'
import { runCommand } from './commands.ts'
import { openEmbeddedDatabase, openPostgres } from './db.ts'
import { help, readOptions, type Options } from './options.ts'
import { startWorklogServer } from './server.ts'

async function serve(options: Options) {
  const db = options.postgres
    ? await openPostgres(options.postgres)
    : await openEmbeddedDatabase(options.data)
  const server = await startWorklogServer({
    db,
    host: options.host,
    port: options.port,
    redisUrl: options.redis,
  })
  // Listening on every interface: invite links name this machine unless --server-url says otherwise.
  const everywhere = ['0.0.0.0', '::', ''].includes(options.host)
  const linkUrl = everywhere ? server.url.replace(/\/\/[^/]*:/, `//${hostname()}:`) : server.url
  let admin: AdminServer | undefined
  if (!options.postgres) admin = await serveAdmin(options.data, db, linkUrl, () => server.refresh())

  console.log(
    `Worklog sync server listening on ${server.url}${everywhere ? ` (invite links: ${linkUrl})` : ''}`,
  )
  console.log(`  data: ${db.description}${options.redis ? `; linked through Redis at ${options.redis}` : ''}`)
  console.log(
    '  invite people with: npm run server -- invite --cohort "<name>" --role intern --name "<person>"',
  )
  console.log('  stop with Ctrl+C (open documents are stored first)')

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) {
      console.log('Stopping now, without waiting.')
      process.exit(1)
    }
    stopping = true
    console.log(`${signal}: storing open documents and stopping…`)
    admin?.close()
    await server.stop()
    await db.close()
    console.log('Stopped.')
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

async function main() {
  const options = readOptions(process.argv.slice(2), process.env)
  if (options.command === 'help') console.log(help)
  else if (options.command === 'serve') await serve(options)
  else console.log(await runCommand(options))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
