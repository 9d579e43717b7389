import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Test fixtures for the baby monitor: clips the cry model never trained or tuned on (split
 * `heldout` in models/cry-detect/splits.csv, see its MODEL.md), converted from the shared
 * FLAC data to 16-bit PCM WAV with sox at test time. Nothing is copied into the repository.
 */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const CRY_DATA = resolve(REPO_ROOT, '..', 'shared', 'data', 'cry');
export const hasSox = existsSync('/usr/bin/sox') || existsSync('/usr/local/bin/sox');
export const hasCryData = existsSync(CRY_DATA);
export const hasCryModel = existsSync(join(REPO_ROOT, 'models', 'cry-detect', 'cry-detect.onnx'));

export type HeldOutKind = 'cry' | 'noise';

/** The first held-out clip (by file name) of a kind: a KTH-verified donateacry cry, or a household-noise clip. */
export function heldOutClip(kind: HeldOutKind): { file: string; path: string } {
  const rows = readFileSync(join(REPO_ROOT, 'models', 'cry-detect', 'splits.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  const pick = rows
    .filter((r) => r[4] === 'heldout')
    .filter((r) => (kind === 'cry' ? r[1] === 'donateacry' && r[2] === 'cry_kth_verified' && r[3] === '1' : r[1] === 'chaeyoung-lee/wids_tutorial' && r[2] === 'background_doing_the_dishes' && r[3] === '0'))
    .map((r) => r[0]!)
    .sort()[0];
  if (!pick) throw new Error(`no held-out ${kind} clip in splits.csv`);
  const folder = kind === 'cry' ? 'donateacry_train' : 'negatives_train';
  return { file: pick, path: join(CRY_DATA, folder, pick) };
}

/**
 * Converts a held-out clip to a WAV in `dir`: 16-bit PCM, at `rate` Hz and `channels`
 * (default: as stored, 16 kHz mono), followed by `silenceS` seconds of silence (the fake
 * microphone repeats the last buffer of a file that does not end in silence).
 */
export function heldOutWav(kind: HeldOutKind, dir: string, opts: { rate?: number; channels?: number; silenceS?: number } = {}): string {
  const { path } = heldOutClip(kind);
  const out = join(dir, `${kind}-${opts.rate ?? 16000}-${opts.channels ?? 1}.wav`);
  const args = [path, '-b', '16', '-e', 'signed-integer'];
  if (opts.rate) args.push('-r', String(opts.rate));
  if (opts.channels) args.push('-c', String(opts.channels));
  args.push(out);
  if (opts.silenceS) args.push('pad', '0', String(opts.silenceS));
  execFileSync('sox', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return out;
}

/** Compressed formats a test recording can be written in (sox, and libsndfile for Opus). */
export type HeldOutFormat = 'flac' | 'mp3' | 'ogg' | 'opus';

/**
 * A held-out clip as people have it: a WAV from heldOutWav, re-encoded by sox (FLAC, MP3,
 * Ogg Vorbis) or by libsndfile through testing/ogg-opus-encode.py (Ogg Opus; sox has no Opus
 * writer here). The WAV it came from is returned too, so a test can compare the analyses.
 */
export function heldOutAudio(kind: HeldOutKind, dir: string, format: HeldOutFormat, opts: { rate?: number; channels?: number } = {}): { wav: string; path: string } {
  const wav = heldOutWav(kind, dir, opts);
  const path = join(dir, `${kind}-${opts.rate ?? 16000}-${opts.channels ?? 1}.${format}`);
  if (format === 'opus') execFileSync('/usr/bin/python3', [join(REPO_ROOT, 'testing', 'ogg-opus-encode.py'), wav, path], { stdio: ['ignore', 'ignore', 'pipe'] });
  // MP3 at 128 kb/s and Vorbis at quality 5: what phones and recorders typically write.
  else execFileSync('sox', [wav, ...(format === 'mp3' ? ['-C', '128'] : format === 'ogg' ? ['-C', '5'] : []), path], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { wav, path };
}
