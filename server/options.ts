import { parseArgs } from 'node:util'

export const help = `Worklog Tracker sync server

Usage:
  npm run server [-- options]                  start the server
  npm run server -- invite --cohort <name> --role mentor|intern --name "<person>" [--app-url <url>]
  npm run server -- revoke <token or person id>
  npm run server -- list

Options:
  --data <folder>      embedded database folder (default ./.worklog-server)
  --port <number>      port to listen on (default 1234)
  --host <address>     address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --postgres <url>     use PostgreSQL instead of the embedded database (or WORKLOG_DATABASE_URL)
  --redis <url>        link several server processes through Redis (redis://host:port)
  --app-url <url>      where the app is served, for invite links (default http://127.0.0.1:5173)
  --server-url <url>   the server's address as people reach it, for invite links
                       (default: the running server's, else ws://127.0.0.1:1234)
  --help               show this text

While the server runs on the embedded database, invite, revoke and list talk to it through
<data>/admin.sock; with PostgreSQL they write to the database and every server picks the change up
within two seconds.`

export interface Options {
  command: 'serve' | 'invite' | 'revoke' | 'list' | 'help'
  data: string
  port: number
  host: string
  postgres?: string
  redis?: string
  appUrl: string
  serverUrl?: string
  cohort?: string
  role?: string
  name?: string
  key?: string
}

export function readOptions(args: string[], env: NodeJS.ProcessEnv): Options {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: './.worklog-server' },
      port: { type: 'string', default: '1234' },
      host: { type: 'string', default: '127.0.0.1' },
      postgres: { type: 'string' },
      redis: { type: 'string' },
      'app-url': { type: 'string', default: 'http://127.0.0.1:5173' },
      'server-url': { type: 'string' },
      cohort: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  const [command = 'serve', key, ...rest] = positionals
  if (!['serve', 'invite', 'revoke', 'list'].includes(command))
    throw new Error(`Unknown command "${command}". See --help.`)
  if (rest.length > 0 || (key !== undefined && command !== 'revoke')) {
    throw new Error(`Unexpected argument "${rest[0] ?? key}". See --help.`)
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number (got "${values.port}").`)
  return {
    command: values.help ? 'help' : (command as Options['command']),
    data: values.data,
    port,
    host: values.host,
    postgres: values.postgres ?? (env.WORKLOG_DATABASE_URL || undefined),
    redis: values.redis ?? (env.WORKLOG_REDIS_URL || undefined),
    appUrl: values['app-url'].replace(/\/+$/, ''),
    serverUrl: values['server-url'],
    cohort: values.cohort,
    role: values.role,
    name: values.name,
    key,
  }
}
