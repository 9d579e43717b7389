import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { FollowRegion, FollowService, FOLLOW_SERVICES, type FollowResult } from '../api/followers';
import { isApiError } from '../api/errors';
import type { Core } from '../core/app';
import { CliError } from './errors';
import { resolveSubject } from './context';
import { printJson } from './read-file';

/** `--once` waits out a short `Retry-After` or back-off itself, at most this long, at most this many times. */
const ONCE_MAX_WAIT_MS = 60_000;
const ONCE_TRIES = 3;

interface FollowOptions {
  subject: string;
  username?: string;
  passwordStdin?: boolean;
  region?: string;
  server?: string;
  once?: boolean;
  json?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `tend follow dexcom-share|librelinkup|nightscout --subject NAME --username U
 * --password-stdin [--region R] [--server URL] [--once] [--json]` (README "Connect your
 * sensors"): checks the account with the service, stores the follower (password sealed),
 * and imports what the service has. `--once` prints `{"imported":N}` and exits; without
 * it the command keeps following every 5 minutes, one JSON line per poll, until stopped
 * (the hub does the same for every stored follower). Without `--password-stdin` it
 * polls the person's stored follower of that service.
 */
export function followCommand(program: Command, openCore: () => Core): void {
  program
    .command('follow <service>')
    .description(`follow a phone app's cloud for a person: ${FOLLOW_SERVICES.join(', ')}`)
    .requiredOption('--subject <name>', 'the person (name or id; created if new)')
    .option('--username <user>', 'the account (e-mail or user name) that follows the person')
    .option('--password-stdin', 'read the password (Nightscout: API secret or token) from stdin')
    .option('--region <region>', 'Dexcom Share: us or ous (eu); LibreLinkUp: us, eu, de, fr, ca, au, ap, ae, jp, eu2')
    .option('--server <url>', "replaces the service's address (a regional server; a Nightscout site's address)")
    .option('--once', 'poll once and exit')
    .option('--json', 'print {"imported":N} (JSON Lines without --once)')
    .action(async (serviceArg: string, o: FollowOptions) => {
      const service = FollowService.safeParse(serviceArg);
      if (!service.success) throw new CliError(`follow ${serviceArg}: not a service; one of ${FOLLOW_SERVICES.join(', ')}`);
      if (o.region !== undefined && !FollowRegion.safeParse(o.region).success) throw new CliError(`--region ${o.region}: one of ${FollowRegion.options.join(', ')}`);
      if (o.passwordStdin && o.username === undefined && service.data !== 'nightscout') throw new CliError('--username is required with --password-stdin');
      const password = o.passwordStdin ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : null;
      if (password !== null && password.length === 0) throw new CliError('--password-stdin: stdin was empty');
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject, { create: 'diabetes' });
      const ref = { subject_id: subject.id, service: service.data };
      const poll = () => core.call('followers.poll', ref, ctx);
      let r: FollowResult;
      if (password !== null) {
        r = await core
          .call(
            'followers.configure',
            {
              ...ref,
              username: o.username ?? 'nightscout',
              password,
              ...(o.region !== undefined ? { region: o.region } : {}),
              ...(o.server !== undefined ? { server: o.server } : {}),
            },
            ctx,
          )
          .catch(renameFields);
      } else {
        r = await poll().catch((e: unknown) => {
          if (isApiError(e) && e.code === 'not_found') throw new CliError(`${o.subject} has no ${service.data} follower yet: give --username and --password-stdin`);
          throw e;
        });
      }
      let imported = r.imported;
      for (let tries = 1; r.follower.last_error !== null && tries < ONCE_TRIES; tries++) {
        const wait = r.follower.next_poll_at === null ? 0 : Date.parse(r.follower.next_poll_at) - core.clock.now();
        if (wait > ONCE_MAX_WAIT_MS) break;
        process.stderr.write(`tend: ${r.follower.last_error}; trying again in ${Math.ceil(Math.max(0, wait) / 1000)} s\n`);
        await sleep(Math.max(0, wait));
        r = await poll();
        imported += r.imported;
      }
      if (r.follower.last_error !== null) throw new CliError(`${r.follower.last_error} (imported ${imported}; the hub keeps trying)`, 1);
      const report = (n: number) => (o.json ? printJson({ imported: n }) : process.stdout.write(`imported ${n} readings for ${subject.name} from ${service.data}\n`));
      report(imported);
      if (o.once) return;
      (core as Core & { keepOpen?: boolean }).keepOpen = true;
      let stopping = false;
      const stop = () => {
        stopping = true;
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      while (!stopping) {
        const next = r.follower.next_poll_at === null ? 0 : Date.parse(r.follower.next_poll_at) - core.clock.now();
        const until = Date.now() + Math.max(1000, next);
        while (!stopping && Date.now() < until) await sleep(Math.min(1000, until - Date.now()));
        if (stopping) break;
        r = await poll();
        if (r.follower.last_error !== null) process.stderr.write(`tend: ${r.follower.last_error}\n`);
        else report(r.imported);
      }
      core.close();
    });
}

/** The procedure names fields as the API does; the CLI user typed options. */
function renameFields(e: unknown): never {
  if (isApiError(e) && e.field === 'password') throw new CliError(`--password-stdin: ${e.message}; nothing was stored`);
  if (isApiError(e) && (e.field === 'server' || e.field === 'region' || e.field === 'username')) throw new CliError(`--${e.field}: ${e.message}`);
  throw e;
}
