import { Command, CommanderError } from 'commander';
import { isApiError } from '../api/errors';
import type { Core } from '../core/app';
import type { StoreError as StoreErrorClass } from '../core/open-core';
import { VERSION } from '../core/version';
import { CliError } from './errors';

/**
 * `tend`: global `--db PATH` (env TEND_DB, default the per-user app-data folder).
 * `--json` output goes to stdout alone; logs and progress to stderr. Exit 0 ok, 2 bad
 * usage or input (one line naming the file/line/field), 1 otherwise.
 */
export async function main(argv: string[]): Promise<number> {
  // `tend --version` needs none of the commands, the database or the core: loading them
  // (zod schemas, drizzle, better-sqlite3) was most of its start. A command line naming a
  // command loads that command's module alone; help and anything else load them all, since
  // commander must know every command to list them (cli/commands.ts).
  const versionOnly = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
  const app = versionOnly ? undefined : await loadApp();
  const program = new Command('tend')
    .description('Tend: a local-first health companion')
    .version(VERSION)
    .option('--db <path>', 'SQLite database file (env TEND_DB)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });

  let opened: Core | null = null;
  let openedReadOnly = false;
  const dbPath = () => {
    const explicit = (program.opts() as { db?: string }).db ?? process.env.TEND_DB;
    return { path: explicit ?? app!.store.defaultDbPath(), explicit: explicit !== undefined };
  };
  const openCore = (opts: { readOnly?: boolean } = {}): Core => {
    const readOnly = opts.readOnly === true;
    // A writer serves a read too; a read-only core asked for a write is reopened as a writer.
    if (opened && (readOnly || !openedReadOnly)) return opened;
    opened?.close();
    const { path, explicit } = dbPath();
    // An older database's readings move to the compact layout at its first open (the hub's too): show how far.
    opened = app!.store.openCore(path, { createDir: !explicit, onCompactProgress: app!.compactProgressBar(), readOnly });
    openedReadOnly = readOnly;
    return opened;
  };
  if (app) await app.registerCommands(program, openCore, dbPath, commandName(argv));
  program.command('help [command]', { hidden: true }).action((cmd?: string) => {
    const sub = cmd ? program.commands.find((c) => c.name() === cmd) : undefined;
    (sub ?? program).outputHelp();
  });

  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    return report(e, app?.store.StoreError);
  } finally {
    // The hub keeps its database open until it stops; other commands close it here.
    if (opened && !(opened as Core & { keepOpen?: boolean }).keepOpen) (opened as Core).close();
  }
}

/** The command an argument list names: its first argument after the global options, or undefined when help comes first. */
export function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--db') i++; // its value
    else if (!a.startsWith('-')) return a;
    else if (!a.startsWith('--db=')) return undefined; // --help, -h, or an option commander will refuse
  }
  return undefined;
}

async function loadApp() {
  const [store, { registerCommands }, { compactProgressBar }] = await Promise.all([import('../core/open-core'), import('./commands'), import('./compact-progress')]);
  return { store, registerCommands, compactProgressBar };
}

function report(e: unknown, StoreError: typeof StoreErrorClass | undefined): number {
  if (e instanceof CommanderError) {
    if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    return 2; // commander already printed the message and usage
  }
  if (e instanceof CliError) {
    process.stderr.write(`tend: ${e.message}\n`);
    return e.exitCode;
  }
  if (StoreError && e instanceof StoreError) {
    process.stderr.write(`tend: ${e.message}\n`);
    return e.code === 'migration_failed' ? 1 : 2;
  }
  if (isApiError(e)) {
    process.stderr.write(`tend: ${e.field ? `${e.field}: ` : ''}${e.message}\n`);
    return e.code === 'bad_request' || e.code === 'not_found' || e.code === 'unprocessable' || e.code === 'payload_too_large' ? 2 : 1;
  }
  process.stderr.write(`tend: ${(e as Error)?.stack ?? String(e)}\n`);
  return 1;
}
