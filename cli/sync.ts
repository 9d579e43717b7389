import type { Command } from 'commander';
import type { Core } from '../core/app';
import { RemoteError } from '../core/sync/remote';
import { RemoteUrl, redactUrl } from '../core/sync/remote-url';
import { newInstallId, syncRound, type Counts, type SyncReport } from '../core/sync/round';
import { syncOwner } from '../core/sync/scheduler';
import { CliError } from './errors';
import { printJson } from './read-file';

const line = (c: Counts): string => `${c.subjects} subjects, ${c.thresholds} threshold sets, ${c.events} events, ${c.observations} observations, ${c.alerts} alerts, ${c.tremor_minutes} tremor minutes, ${c.cry_episodes} cry episodes`;

function summary(r: SyncReport): string {
  const out = [`synced with ${r.remote}`, `  pushed ${line(r.pushed)} (${line(r.pushed_new)} new to the remote)`, `  pulled ${line(r.pulled)}`];
  if (r.skipped) out.push(`  skipped ${r.skipped} rows of subjects deleted here`);
  if (r.rejected_count) {
    out.push(`  rejected ${r.rejected_count} rows this version cannot read:`);
    for (const x of r.rejected.slice(0, 10)) out.push(`    ${x.table} ${x.id}: ${x.field}: ${x.message}`);
  }
  return out.join('\n') + '\n';
}

/** The remote's URL from an option, checked; exit 2 naming the option (password hidden). */
export function syncUrlOption(option: string, url: string): string {
  const parsed = RemoteUrl.safeParse(url);
  if (!parsed.success) throw new CliError(`--${option} ${redactUrl(url)}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** Who owns people first seen through sync; exit 2 naming the option for an unknown account. */
export function syncOwnerOption(core: Core, option: string, email: string | undefined): string {
  try {
    return syncOwner(core, email).id;
  } catch (e) {
    throw new CliError(`--${option} ${email}: ${(e as Error).message}`);
  }
}

/** `tend sync --url postgres://…` (contract section 6): one round. */
export function syncCommand(program: Command, openCore: () => Core): void {
  program
    .command('sync')
    .description('one sync round with a remote Postgres: push what this install wrote since the last round, pull what others wrote')
    .option('--url <url>', 'postgres://user[:password]@host[:port]/database (env TEND_SYNC_URL; the password may also come from PGPASSWORD)')
    .option('--owner <email>', 'account here that owns people first seen through sync (default: the local user)')
    .option('--new-install-id', 'first give this database a new install id: for a copy of another install\'s database, which then syncs on its own')
    .option('--json', 'print the round\'s report as JSON')
    .action(async (o: { url?: string; owner?: string; newInstallId?: boolean; json?: boolean }) => {
      const url = o.url ?? process.env.TEND_SYNC_URL;
      if (url === undefined) throw new CliError('--url: required (or set TEND_SYNC_URL), e.g. postgres://tend@db.clinic.lan/tend');
      const checked = syncUrlOption('url', url);
      const core = openCore();
      const ownerId = syncOwnerOption(core, 'owner', o.owner);
      if (o.newInstallId) {
        const id = newInstallId(core);
        process.stderr.write(`sync: this database is now install ${id}; it pulls everything again (rows it holds are skipped)\n`);
      }
      let report: SyncReport;
      try {
        report = await syncRound(checked, {
          core,
          ownerId,
          log: (s) => process.stderr.write(`sync: ${s}\n`),
        });
      } catch (e) {
        if (e instanceof RemoteError) throw new CliError(`sync with ${redactUrl(url)}: ${e.message}`, 1);
        const err = e as Error & { code?: string };
        // Network and server errors: nothing unpushed was dropped (the outbox keeps it).
        throw new CliError(`sync with ${redactUrl(url)} failed: ${err.message || err.code || String(e)}; nothing local was lost, run it again`, 1);
      }
      if (o.json) printJson(report);
      else process.stderr.write(summary(report));
    });
}
