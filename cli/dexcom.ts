import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { isApiError } from '../api/errors';
import type { Core } from '../core/app';
import { dexcomService } from '../core/dexcom/service';
import { resolveSubject } from './context';
import { CliError } from './errors';
import { printJson } from './read-file';

/**
 * `tend dexcom credentials|connect|sync|status|disconnect --subject NAME`: the same
 * service as the `dexcom.*` procedures. Dexcom's data arrive 1–3 hours late: a sync
 * fills history and reports, never live alerts.
 */
export function dexcomCommands(program: Command, openCore: () => Core): void {
  const dexcom = program.command('dexcom').description("Dexcom's cloud (API v3): history 1–3 h late, never live alerts");

  dexcom
    .command('credentials')
    .description('store your own Dexcom developer app (encrypted); the secret is read from TEND_DEXCOM_CLIENT_SECRET or stdin')
    .requiredOption('--subject <name>', 'the person whose Dexcom account it is (created if new)')
    .requiredOption('--client-id <id>', 'your Dexcom developer app client id')
    .option('--region <region>', 'sandbox | us | eu | jp', 'us')
    .option('--redirect-uri <uri>', 'the loopback redirect registered with Dexcom, e.g. http://127.0.0.1:53682/callback')
    .option('--json', 'print the connection status as JSON')
    .action(async (o: { subject: string; clientId: string; region: string; redirectUri?: string; json?: boolean }) => {
      // Never on the command line: other users can read a process's arguments.
      const secret = process.env.TEND_DEXCOM_CLIENT_SECRET ?? (process.stdin.isTTY ? '' : readFileSync(0, 'utf8').trim());
      if (!secret) throw new CliError('give the client secret in TEND_DEXCOM_CLIENT_SECRET or on stdin');
      if (!['sandbox', 'us', 'eu', 'jp'].includes(o.region)) throw new CliError(`--region ${o.region}: use sandbox, us, eu or jp`);
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject, { create: 'diabetes' });
      const s = await dexcomService(core).saveCredentials(ctx, subject.id, {
        client_id: o.clientId,
        client_secret: secret,
        region: o.region as 'us',
        ...(o.redirectUri ? { redirect_uri: o.redirectUri } : {}),
      });
      if (o.json) printJson(s);
      else process.stderr.write(`Dexcom credentials stored for ${subject.name} (${s.region}, client ${s.client_id_hint})\n`);
    });

  dexcom
    .command('connect')
    .description('sign in to Dexcom in the system browser (OAuth with PKCE through a loopback redirect) and keep the tokens encrypted')
    .requiredOption('--subject <name>', 'the person')
    .option('--no-browser', 'print the sign-in URL on stderr instead of opening the browser')
    .option('--timeout <seconds>', 'how long to wait for the browser', '300')
    .option('--json', 'print the connection status as JSON')
    .action(async (o: { subject: string; browser: boolean; timeout: string; json?: boolean }) => {
      const timeout = Number(o.timeout);
      if (!(timeout > 0)) throw new CliError(`--timeout ${o.timeout}: a number of seconds`);
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      const service = dexcomService(core);
      const r = await service.connect(ctx, subject.id, { openBrowser: o.browser, timeoutMs: timeout * 1000 });
      process.stderr.write(r.opened ? 'Opened the Dexcom sign-in page in your browser; waiting for it to come back…\n' : `Open this address in a browser on this machine to sign in to Dexcom:\n${r.login_url}\n`);
      try {
        await r.done;
      } catch (e) {
        throw isApiError(e) ? e : new CliError(`Dexcom sign-in failed: ${(e as Error).message}`, 1);
      }
      const s = await service.status(ctx, subject.id);
      if (o.json) printJson(s);
      else process.stderr.write(`Dexcom connected for ${subject.name}.\n`);
    });

  dexcom
    .command('sync')
    .description('pull what Dexcom holds since the last sync (resumes an interrupted one)')
    .requiredOption('--subject <name>', 'the person')
    .option('--json', 'print {"readings","events","duplicates","skipped","windows","synced_until","last_sync_at","devices"}')
    .action(async (o: { subject: string; json?: boolean }) => {
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      const r = await dexcomService(core).sync(ctx, subject.id, { onProgress: (line) => process.stderr.write(`${line}\n`) });
      if (o.json) printJson(r);
      else process.stderr.write(`${r.readings} new readings, ${r.events} new events, ${r.duplicates} already held; synced until ${r.synced_until ?? '—'}\n`);
    });

  dexcom
    .command('status')
    .description('whether Dexcom is set up and connected, and the last sync')
    .requiredOption('--subject <name>', 'the person')
    .option('--json', 'print the status as JSON')
    .action(async (o: { subject: string; json?: boolean }) => {
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      const s = await dexcomService(core).status(ctx, subject.id);
      if (o.json) {
        printJson(s);
        return;
      }
      process.stdout.write(
        [
          `${subject.name}: Dexcom ${s.connected ? 'connected' : s.configured ? 'not connected' : 'not set up'}${s.region ? ` (${s.region})` : ''}`,
          `last sync ${s.last_sync_at ?? 'never'}; readings up to ${s.synced_until ?? '—'}`,
          ...(s.last_error ? [`last error: ${s.last_error}`] : []),
          s.notice,
        ].join('\n') + '\n',
      );
    });

  dexcom
    .command('disconnect')
    .description('forget the Dexcom tokens and sync position (stored readings stay)')
    .requiredOption('--subject <name>', 'the person')
    .option('--forget-credentials', 'also forget the developer client id and secret')
    .action(async (o: { subject: string; forgetCredentials?: boolean }) => {
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      await dexcomService(core).disconnect(ctx, subject.id, o.forgetCredentials === true);
      process.stderr.write(`Dexcom disconnected for ${subject.name}.\n`);
    });
}
