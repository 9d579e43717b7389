import type { Command } from 'commander';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Core } from '../core/app';
import { backupName, defaultBackupDir } from '../core/backup/scheduler';
import { BackupError, backupCore, restoreBackup, type BackupFacts } from '../core/backup/snapshot';
import { lastRound } from '../core/sync/round';
import { openCore as openCoreAt } from '../core/open-core';
import { CliError } from './errors';
import { printJson } from './read-file';

/** Where the database is, without opening it (a restore must not). */
export type DbPath = () => { path: string; explicit: boolean };

const size = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);
const holds = (f: BackupFacts): string => `${f.subjects} people, ${f.observations} readings, ${f.events} events`;

function cliError(e: unknown): never {
  if (e instanceof BackupError) throw new CliError(e.message, e.code === 'bad_input' ? 2 : 1);
  throw e;
}

/** `tend backup` and `tend restore` (README "Backups"). */
export function backupCommands(program: Command, openCore: () => Core, dbPath: DbPath): void {
  program
    .command('backup')
    .description('write a consistent copy of the database while Tend may be running (default: backups/ beside the database)')
    .option('--out <file>', 'the backup file to write (never overwritten)')
    .option('--json', 'print {"path","bytes","migrations","subjects","observations","events"}')
    .action(async (o: { out?: string; json?: boolean }) => {
      let out: string;
      if (o.out !== undefined) {
        out = resolve(o.out);
        const dir = dirname(out);
        if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`--out ${o.out}: folder ${dir} does not exist`);
      } else {
        const dir = defaultBackupDir(resolve(dbPath().path));
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        out = resolve(dir, backupName(Date.now()));
      }
      const core = openCore();
      const facts = await backupCore(core, out).catch(cliError);
      if (o.json) printJson({ path: facts.path, bytes: facts.bytes, migrations: facts.migrations, subjects: facts.subjects, observations: facts.observations, events: facts.events });
      else process.stderr.write(`backed up ${holds(facts)} to ${facts.path} (${size(facts.bytes)})\n`);
    });

  program
    .command('restore <file>')
    .description('replace the database with a backup; the current one is kept beside it first (Tend must not be running)')
    .option('--force', 'restore even though Tend looks like it is running (after a crash)')
    .option('--json', 'print {"restored","from","previous","subjects","observations","events","migrations"}')
    .action(async (file: string, o: { force?: boolean; json?: boolean }) => {
      const { path, explicit } = dbPath();
      const target = resolve(path);
      if (!existsSync(dirname(target))) {
        if (explicit) throw new CliError(`--db ${path}: folder ${dirname(target)} does not exist`);
        mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      }
      const { restored, previous } = await restoreBackup(file, target, { now: Date.now(), force: o.force ?? false }).catch(cliError);
      // Opening migrates a backup from an older Tend forward, as any database is.
      const opened = openCoreAt(target);
      const synced = lastRound(opened.kv) !== null;
      opened.close();
      if (o.json) printJson({ restored: target, from: resolve(file), previous, subjects: restored.subjects, observations: restored.observations, events: restored.events, migrations: restored.migrations });
      else {
        process.stderr.write(`restored ${holds(restored)} from ${resolve(file)} into ${target}\n`);
        if (previous) process.stderr.write(`the database it replaced is kept as ${previous}\n`);
        // The remote may hold this install's rows from after the backup: sync's copy
        // check refuses the next round and names the fix, which pulls them back.
        if (synced) process.stderr.write(`this install syncs: if its next round says the database is a copy, run \`tend sync --new-install-id\` to pull back what was synced since the backup\n`);
      }
    });
}
