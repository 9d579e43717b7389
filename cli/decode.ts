import type { Command } from 'commander';
import { decodeCharacteristic, decodeManufacturerData, decodeServiceData, isDecodeError, parseHex, type AdvertOptions } from '../core/devices/decoders';
import { CliError } from './errors';
import { printJson } from './read-file';

interface DecodeOpts {
  json?: boolean;
  serviceData?: string;
  manufacturerData?: string;
  key?: string;
  mac?: string;
}

/** Runs a decoder; a DecodeError or bad hex becomes exit 2 with its one-line message. */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isDecodeError(e) || e instanceof Error) throw new CliError((e as Error).message);
    throw e;
  }
}

export function decodeCommand(program: Command): void {
  program
    .command('decode [characteristic] [hex]')
    .description('decode one frame of a Bluetooth health characteristic (UUID like 2A1C, or a name like temperature-measurement), or one advertisement with --service-data UUID HEX / --manufacturer-data COMPANY HEX')
    .option('--json', 'print {"fields","observations"} as JSON')
    .option('--service-data <uuid>', 'HEX is advertised service data under this 16-bit UUID: FCD2 (BTHome v2), 181A (pvvx / ATC1441)')
    .option('--manufacturer-data <company>', 'HEX is manufacturer data (after the company id) of this company: EC88 (Govee H5075)')
    .option('--key <hex>', 'BTHome bind key (32 hex digits) for an encrypted frame')
    .option('--mac <address>', "the sensor's address (54:48:E6:8F:80:A5), for an encrypted BTHome frame that does not carry it")
    .action((first: string | undefined, second: string | undefined, o: DecodeOpts) => {
      if (o.serviceData !== undefined || o.manufacturerData !== undefined) {
        if (o.serviceData !== undefined && o.manufacturerData !== undefined) throw new CliError('decode: give --service-data or --manufacturer-data, not both');
        if (first === undefined || second !== undefined) throw new CliError('decode: with --service-data/--manufacturer-data give exactly one HEX argument (the data after the UUID or company id)');
        const bytes = guarded(() => parseHex(first));
        const opts: AdvertOptions = {};
        if (o.key !== undefined) {
          const key = guarded(() => parseHex(o.key as string));
          if (key.length !== 16) throw new CliError(`decode: --key is ${key.length} bytes; a BTHome bind key is 16 bytes (32 hex digits)`);
          opts.key = key;
        }
        if (o.mac !== undefined) opts.mac = o.mac;
        const out = guarded(() => (o.serviceData !== undefined ? decodeServiceData(o.serviceData, bytes, opts) : decodeManufacturerData(o.manufacturerData as string, bytes)));
        const fields = { format: out.format, ...out.fields };
        if (o.json) {
          printJson({ fields, observations: out.observations });
          return;
        }
        process.stdout.write(`${out.format}\n${JSON.stringify(fields, null, 2)}\n`);
        for (const ob of out.observations) process.stdout.write(`${ob.metric} = ${ob.value} ${ob.unit}\n`);
        return;
      }
      if (first === undefined || second === undefined) throw new CliError('decode: give CHARACTERISTIC HEX, or --service-data UUID HEX, or --manufacturer-data COMPANY HEX');
      if (o.key !== undefined || o.mac !== undefined) throw new CliError('decode: --key and --mac apply to advertisements (--service-data) only');
      const out = guarded(() => decodeCharacteristic(first, parseHex(second)));
      if (o.json) {
        printJson({ fields: out.fields, observations: out.observations });
        return;
      }
      process.stdout.write(`${out.characteristic}\n${JSON.stringify(out.fields, null, 2)}\n`);
      for (const ob of out.observations) process.stdout.write(`${ob.metric} = ${ob.value} ${ob.unit}\n`);
    });
}
