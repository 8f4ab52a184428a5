import { checkCommand, exportCommand, importCommand, type CommandResult } from './commands'
import { roundTripCommand } from './roundTripCommand'
import { exportIntoCommand } from './exportIntoCommand'
import { parseLangs } from './commands'

const USAGE = `Usage:
  npm run worklog -- import <files, folders or zips…> --out backup.json
  npm run worklog -- export backup.json --out <dir> [--lang en,vi] [--days seed|template]
  npm run worklog -- export backup.json --into <site folder> [--dry-run] [--lang en,vi] [--days seed|template]
  npm run worklog -- check <files or folders…>
  npm run worklog -- check --roundtrip <site folders…>`

const FLAGS = new Set(['dry-run'])

function exportInto(backup: string, options: Record<string, string>): Promise<CommandResult> | CommandResult {
  const langs = parseLangs(options.lang)
  if (typeof langs === 'string') return { exitCode: 1, out: [], err: [langs] }
  const days = options.days ?? 'seed'
  if (days !== 'seed' && days !== 'template')
    return { exitCode: 1, out: [], err: [`--days: “${days}” is neither seed nor template`] }
  return exportIntoCommand(backup, options.into, { langs, days, dryRun: 'dry-run' in options })
}

/** `--name value` options and the plain arguments, in order. */
export function parseArgs(argv: string[]): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = []
  const options: Record<string, string> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const eq = /^--([^=]+)=(.*)$/.exec(arg)
    if (eq) options[eq[1]] = eq[2]
    else if (FLAGS.has(arg.slice(2))) options[arg.slice(2)] = 'yes'
    else if (arg.startsWith('--')) options[arg.slice(2)] = argv[++i] ?? ''
    else positional.push(arg)
  }
  return { positional, options }
}

export async function run(argv: string[]): Promise<CommandResult> {
  const [command, ...rest] = argv
  const { positional, options } = parseArgs(rest)
  switch (command) {
    case 'import':
      if (!options.out) return { exitCode: 1, out: [], err: ['import: --out backup.json is required', USAGE] }
      return importCommand(positional, options.out)
    case 'export':
      if (positional.length === 1 && options.into) return exportInto(positional[0], options)
      if (positional.length !== 1 || !options.out)
        return { exitCode: 1, out: [], err: ['export: give one backup file and --out <dir>', USAGE] }
      return exportCommand(positional[0], options.out, { lang: options.lang, days: options.days })
    case 'check':
      if ('roundtrip' in options) return roundTripCommand([options.roundtrip, ...positional].filter(Boolean))
      return checkCommand(positional)
    default:
      return {
        exitCode: command ? 1 : 0,
        out: command ? [] : [USAGE],
        err: command ? [`unknown command “${command}”`, USAGE] : [],
      }
  }
}

const invokedDirectly = process.argv[1] !== undefined && /main\.[cm]?[tj]s$/.test(process.argv[1])
if (invokedDirectly) {
  run(process.argv.slice(2)).then(
    (result) => {
      for (const line of result.out) console.log(line)
      for (const line of result.err) console.error(line)
      process.exitCode = result.exitCode
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error))
      process.exitCode = 1
    },
  )
}
