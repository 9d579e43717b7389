import type { Command } from 'commander';
import { analyzeAudio } from '../core/audio/analyze';
import { isWavError } from '../core/audio/wav';
import { CliError } from './errors';
import { printJson, readInput } from './read-file';

/**
 * `tend cry FILE [--json]`: cry detection on any PCM WAV (contract section 1), or a FLAC,
 * MP3, Ogg Vorbis, Ogg Opus or M4A/AAC recording (core/audio/decode.ts). Reads
 * no database: the answer depends on the file alone.
 */
export function cryCommand(program: Command): void {
  program
    .command('cry <file>')
    .description('detect baby crying in a recording: WAV (any PCM rate, mono or stereo), FLAC, MP3, Ogg Vorbis, Ogg Opus or M4A/AAC (also raw .aac)')
    .option('--json', 'print {"cry","probability","segments":[{"start_s","end_s","probability"}]} as JSON')
    .action(async (file: string, o: { json?: boolean }) => {
      const bytes = readInput(file, null) as Buffer;
      let out;
      try {
        out = await analyzeAudio(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      } catch (e) {
        if (isWavError(e)) throw new CliError(`${file}: ${e.message}`);
        throw e;
      }
      if (o.json) {
        printJson(out);
        return;
      }
      const lines = [`${file}: ${out.cry ? 'crying' : 'no crying'} (highest window probability ${out.probability.toFixed(2)})`];
      for (const s of out.segments) lines.push(`  ${s.start_s.toFixed(1)}–${s.end_s.toFixed(1)} s  peak ${s.probability.toFixed(2)}`);
      process.stdout.write(lines.join('\n') + '\n');
    });
}
