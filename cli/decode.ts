import type { Command } from 'commander';
import { decodeCharacteristic, isDecodeError, parseHex } from '../native/profiles/index';
import { CliError } from './errors';
import { printJson } from './read-file';

export function decodeCommand(program: Command): void {
  program
    .command('decode <characteristic> <hex>')
    .description('decode one frame of a Bluetooth health characteristic (UUID like 2A1C, or a name like temperature-measurement)')
    .option('--json', 'print {"fields","observations"} as JSON')
    .action((characteristic: string, hex: string, o: { json?: boolean }) => {
      let out;
      try {
        out = decodeCharacteristic(characteristic, parseHex(hex));
      } catch (e) {
        if (isDecodeError(e) || e instanceof Error) throw new CliError((e as Error).message);
        throw e;
      }
      if (o.json) {
        printJson({ fields: out.fields, observations: out.observations });
        return;
      }
      process.stdout.write(`${out.characteristic}\n${JSON.stringify(out.fields, null, 2)}\n`);
      for (const ob of out.observations) process.stdout.write(`${ob.metric} = ${ob.value} ${ob.unit}\n`);
    });
}
