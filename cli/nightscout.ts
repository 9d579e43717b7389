import type { Command } from 'commander';
import type { Core } from '../core/app';
import { CliError } from './errors';
import { resolveSubject } from './context';
import { printJson } from './read-file';

/**
 * `tend nightscout --subject NAME [--rotate] [--url URL] --json`: the person's phone
 * uploader secret (made on first use) and the URL to type into xDrip+, Juggluco,
 * AndroidAPS or Loop, as `{"url","api_secret"}` (README "Connect your sensors"). The URL
 * is `--url` when given, else where the hub last listened (a hub on `0.0.0.0` is named by
 * this machine's LAN address), else the hub's default `http://127.0.0.1:4477`.
 */
export function nightscoutCommand(program: Command, openCore: () => Core): void {
  program
    .command('nightscout')
    .description("a person's phone uploader secret and the Nightscout URL to type into the phone")
    .requiredOption('--subject <name>', 'the person (name or id)')
    .option('--rotate', 'make a new secret; the old one stops working at once')
    .option('--url <url>', 'the address a phone reaches the hub at (default: where the hub last listened)')
    .option('--json', 'print {"url","api_secret"}')
    .action(async (o: { subject: string; rotate?: boolean; url?: string; json?: boolean }) => {
      if (o.url !== undefined && !/^https?:\/\/[^\s/]+(\/.*)?$/.test(o.url)) throw new CliError(`--url ${o.url}: an http:// or https:// address, e.g. http://192.168.1.20:4477`);
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      const out = await core.call(o.rotate ? 'nightscout.uploader.rotate' : 'nightscout.uploader.create', { subject_id: subject.id }, ctx);
      const url = (o.url ?? out.url ?? 'http://127.0.0.1:4477').replace(/\/+$/, '');
      if (o.json) {
        printJson({ url, api_secret: out.api_secret });
        return;
      }
      process.stdout.write(`Nightscout URL: ${url}\nAPI secret:     ${out.api_secret}\n`);
      if (out.url_is_local_only && o.url === undefined) process.stderr.write('tend: the hub listens on this machine only; start it with --host 0.0.0.0 for a phone to reach it\n');
    });
}
