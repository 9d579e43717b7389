import type { Command } from 'commander';
import type { Core } from '../core/app';
import { startHub } from '../host/start';
import { CliError } from './errors';

export function hubCommand(program: Command, openCore: () => Core): void {
  program
    .command('hub')
    .description('run the headless host: the app UI, the HTTP API and the WebSocket stream')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '4477')
    .action(async (o: { host: string; port: string }) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port ${o.port}: must be a port number 0–65535`);
      const core = openCore();
      (core as Core & { keepOpen?: boolean }).keepOpen = true;
      const hub = await startHub({ core, host: o.host, port, devices: true });
      process.stderr.write(`listening on ${hub.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = async () => {
          await hub.close();
          core.close();
          resolve();
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      });
    });
}
