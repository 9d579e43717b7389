import type { Command } from 'commander';
import type { Core } from '../core/app';
import { redactUrl } from '../core/sync/remote-url';
import { syncScheduler } from '../core/sync/scheduler';
import { followScheduler } from '../core/followers/scheduler';
import { calibrationScheduler } from '../core/diabetes/calibration-scheduler';
import { backupScheduler, defaultBackupDir } from '../core/backup/scheduler';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { syncOwnerOption, syncUrlOption } from './sync';
import type { startHub as StartHub } from '../host/start';
import { CliError } from './errors';
import { isLoopback } from '../host/host-check';

const collect = (value: string, previous: string[]) => [...previous, value];

export function hubCommand(program: Command, openCore: () => Core): void {
  program
    .command('hub')
    .description('run the headless host: the app UI, the HTTP API and the WebSocket stream')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '4477')
    .option('--sync-url <url>', 'sync with this Postgres at start and every --sync-every-min minutes (env TEND_SYNC_URL)')
    .option('--sync-every-min <n>', 'minutes between sync rounds (1–1440)', '5')
    .option('--sync-owner <email>', 'account here that owns people first seen through sync (default: the local user)')
    .option('--backup-dir <dir>', 'folder for automatic backups (default: backups/ beside the database)')
    .option('--backup-every-h <n>', 'hours between automatic backups (1–720)', '24')
    .option('--backup-keep <n>', 'how many automatic backups to keep (1–365)', '7')
    .option('--no-backup', 'make no automatic backups')
    .option('--allow-host <name>', 'also answer to this host name (Host header), e.g. a kiosk reaching the hub as tend.ward.local; repeatable', collect, [])
    .option('--tls-cert <file>', 'serve HTTPS with this certificate (PEM; with --tls-key)')
    .option('--tls-key <file>', 'the private key of --tls-cert (PEM)')
    .action(async (o: { host: string; port: string; syncUrl?: string; syncEveryMin: string; syncOwner?: string; backup: boolean; backupDir?: string; backupEveryH: string; backupKeep: string; allowHost: string[]; tlsCert?: string; tlsKey?: string }) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port ${o.port}: must be a port number 0–65535`);
      for (const name of o.allowHost) {
        if (!/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.:-]+)$/.test(name) || name.length > 253) throw new CliError(`--allow-host ${name}: a host name or IP address (no scheme, port or path)`);
      }
      if ((o.tlsCert === undefined) !== (o.tlsKey === undefined)) throw new CliError(o.tlsCert === undefined ? '--tls-key needs --tls-cert' : '--tls-cert needs --tls-key');
      let tls: { cert: Buffer; key: Buffer } | undefined;
      if (o.tlsCert !== undefined && o.tlsKey !== undefined) {
        const read = (flag: string, file: string) => {
          try {
            const bytes = readFileSync(file);
            if (!bytes.toString('latin1').includes('-----BEGIN ')) throw new CliError(`${flag} ${file}: not a PEM file`);
            return bytes;
          } catch (e) {
            if (e instanceof CliError) throw e;
            throw new CliError(`${flag} ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
          }
        };
        tls = { cert: read('--tls-cert', o.tlsCert), key: read('--tls-key', o.tlsKey) };
      }
      const syncUrl = o.syncUrl ?? process.env.TEND_SYNC_URL;
      const everyMin = Number(o.syncEveryMin);
      const checkedUrl = syncUrl === undefined ? undefined : syncUrlOption('sync-url', syncUrl);
      if (checkedUrl !== undefined) {
        if (!/^\d+$/.test(o.syncEveryMin) || everyMin < 1 || everyMin > 1440) throw new CliError(`--sync-every-min ${o.syncEveryMin}: a whole number of minutes from 1 to 1440`);
      }
      const everyH = Number(o.backupEveryH);
      const keep = Number(o.backupKeep);
      if (o.backup) {
        if (!/^\d+$/.test(o.backupEveryH) || everyH < 1 || everyH > 720) throw new CliError(`--backup-every-h ${o.backupEveryH}: a whole number of hours from 1 to 720`);
        if (!/^\d+$/.test(o.backupKeep) || keep < 1 || keep > 365) throw new CliError(`--backup-keep ${o.backupKeep}: a whole number from 1 to 365`);
        if (o.backupDir !== undefined && existsSync(o.backupDir) && !statSync(o.backupDir).isDirectory()) throw new CliError(`--backup-dir ${o.backupDir}: not a folder`);
      }
      const core = openCore();
      (core as Core & { keepOpen?: boolean }).keepOpen = true;
      if (checkedUrl !== undefined && o.syncOwner !== undefined) syncOwnerOption(core, 'sync-owner', o.syncOwner);
      // The HTTP stack (fastify and its plugins) loads when the hub starts, not with every `tend`.
      const { startHub } = await import('../host/start');
      let hub: Awaited<ReturnType<typeof StartHub>>;
      try {
        hub = await startHub({ core, host: o.host, port, devices: true, allowHosts: o.allowHost, ...(tls ? { tls } : {}) });
      } catch (e) {
        // A certificate that does not match its key, or a key that is not one, fails here.
        if (tls && /key|cert|PEM|asn1|routines/i.test((e as Error).message)) throw new CliError(`--tls-cert/--tls-key: ${(e as Error).message}`);
        // Another program (or another Tend) on the port, or an address this machine does not
        // have: one line naming it, exit 1 (the usage was fine; the machine said no).
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new CliError(`--port ${port}: ${o.host}:${port} is already in use (is another Tend hub running?); choose another with --port`, 1);
        if (code === 'EADDRNOTAVAIL') throw new CliError(`--host ${o.host}: not an address of this machine`, 1);
        if (code === 'EACCES') throw new CliError(`--port ${port}: not allowed to listen there (ports below 1024 need privileges)`, 1);
        throw e;
      }
      if (!isLoopback(o.host)) {
        process.stderr.write(
          `warning: listening on ${o.host}, not only this machine: anyone who can reach it on the network reaches the sign-in page and the API.` +
            (tls ? '\n' : ` Passwords, tokens and health data cross the network unencrypted; serve HTTPS with --tls-cert FILE --tls-key FILE.\n`),
        );
      }
      // Signals are taken before "listening on" is announced: whoever read that line may stop us
      // at once, and a SIGTERM before the handler exists would kill the hub with its database open.
      let stopRequested = false;
      let requestStop = (): void => {
        stopRequested = true;
      };
      const onSignal = () => requestStop();
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      process.stderr.write(`listening on ${hub.url}\n`);
      const backups = backupScheduler(core);
      if (o.backup) {
        const dir = resolve(o.backupDir ?? defaultBackupDir(core.file));
        backups.start({ dir, everyH, keep });
        process.stderr.write(`backing up to ${dir} every ${everyH} h, keeping ${keep}\n`);
      }
      const sync = syncScheduler(core);
      if (checkedUrl !== undefined) {
        sync.start({ url: checkedUrl, everyMin, ownerEmail: o.syncOwner });
        process.stderr.write(`syncing with ${redactUrl(checkedUrl)} every ${everyMin} min\n`);
      }
      // Followers of phone apps' clouds (Dexcom Share, LibreLinkUp, another Nightscout), each polled when due.
      const follow = followScheduler(core);
      follow.start();
      // Each person's forecast calibration, tried daily (issue #17 "adapt in the background").
      const calibrations = calibrationScheduler(core);
      calibrations.start();
      await new Promise<void>((resolve) => {
        const stop = async () => {
          sync.stop();
          backups.stop();
          follow.stop();
          calibrations.stop();
          await Promise.all([sync.settle(), backups.settle(), follow.settle(), calibrations.settle()]);
          await hub.close();
          core.close();
          resolve();
        };
        // A second signal while closing must not kill the hub before the database is closed.
        let stopping = false;
        requestStop = () => {
          if (stopping) return;
          stopping = true;
          void stop();
        };
        if (stopRequested) requestStop();
      });
    });
}
