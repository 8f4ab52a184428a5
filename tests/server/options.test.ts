// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { inviteLink } from '../../server/commands.ts'
import { readOptions } from '../../server/options.ts'

describe('the server command line', () => {
  it('starts with the documented defaults', () => {
    expect(readOptions([], {})).toMatchObject({
      command: 'serve',
      data: './.worklog-server',
      port: 1234,
      host: '127.0.0.1',
      postgres: undefined,
      redis: undefined,
      appUrl: 'http://127.0.0.1:5173',
    })
  })

  it('takes PostgreSQL from the environment unless given', () => {
    const env = { WORKLOG_DATABASE_URL: 'postgres://a@h/db' }
    expect(readOptions([], env).postgres).toBe('postgres://a@h/db')
    expect(readOptions(['--postgres', 'postgres://b@h/db'], env).postgres).toBe('postgres://b@h/db')
  })

  it('reads the commands and refuses what it does not know', () => {
    expect(readOptions(['revoke', 'abc'], {})).toMatchObject({ command: 'revoke', key: 'abc' })
    expect(readOptions(['invite', '--cohort', 'C', '--role', 'intern', '--name', 'N'], {})).toMatchObject({
      command: 'invite',
      cohort: 'C',
      role: 'intern',
      name: 'N',
    })
    expect(readOptions(['--help'], {}).command).toBe('help')
    expect(() => readOptions(['start'], {})).toThrow('Unknown command "start"')
    expect(() => readOptions(['list', 'extra'], {})).toThrow('Unexpected argument "extra"')
    expect(() => readOptions(['--port', 'http'], {})).toThrow('--port must be a port number')
    expect(() => readOptions(['--colour'], {})).toThrow()
  })

  it('keeps the token in the fragment of the invite link', () => {
    const link = inviteLink('https://app.example', 'wss://sync.example/ws', 'T0k3n')
    expect(link).toBe('https://app.example/join#server=wss%3A%2F%2Fsync.example%2Fws&token=T0k3n')
    expect(new URL(link).search).toBe('')
  })
})
