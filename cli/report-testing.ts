import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERER_DIR } from '../host/server';

/** What the printed-report tests share: the real CLI, the real Chromium and poppler's pdftotext. */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
export const CHROMIUM = process.env.TEND_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium, the built renderer and pdftotext are all here (else the report tests are skipped). */
export const printable = existsSync(CHROMIUM) && existsSync(join(RENDERER_DIR, 'index.html')) && spawnSync('pdftotext', ['-v']).status === 0;

/** `tend --db DB …args` in a UTC process, generous timeout for a loaded machine. */
export const tendCli = (db: string, ...args: string[]): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 120_000 });

/** The PDF's text laid out as on the page, runs of blanks folded to one. */
export const pdfText = (pdf: string): string => spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/[ \t]+/g, ' ');
