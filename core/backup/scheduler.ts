import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupFile, BackupStatus } from '../../api/backup';
import type { Core } from '../core-types';
import { iso } from '../clock';
import { logger } from '../logger';
import { backupTo, type BackupFacts } from './snapshot';

const log = logger('backup');
const HOUR = 3_600_000;
/** `tend-2026-11-23T09-15-00-123Z.db`: sortable, readable, and safe on every file system. */
const NAME = /^tend-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/;

export const backupName = (at: number): string => `tend-${new Date(at).toISOString().replace(/[:.]/g, '-')}.db`;

/** The folder backups go to by default: `backups/` beside the database. */
export const defaultBackupDir = (dbFile: string): string => join(dirname(dbFile), 'backups');

/** Backups in `dir` (only files named as Tend names them), newest first. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupFile[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const at = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
    if (!Number.isFinite(at)) continue;
    try {
      out.push({ name, at: iso(at), bytes: statSync(join(dir, name)).size });
    } catch {
      /* removed meanwhile */
    }
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}

export interface BackupPlan {
  dir: string;
  everyH: number;
  keep: number;
  /** Where this build's migrations are (the packaged app keeps them in its resources). */
  migrationsDir?: string;
}

/**
 * The hub's and the app's automatic backups: one at start when the newest is older than
 * `everyH` hours, then whenever that comes round again (checked every quarter hour, so a
 * laptop that slept through the hour catches up when it wakes); "Back up now" on request.
 * Each is a consistent online copy (`backupTo`) written into `dir`; the newest `keep` of
 * Tend's own files there are kept, nothing else in the folder is touched. One backup at a
 * time; a failure is logged and shown in the status until a backup succeeds.
 */
export class BackupScheduler {
  private plan: BackupPlan | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<BackupFacts> | null = null;
  private lastError: { at: string; message: string } | null = null;

  constructor(private readonly core: Core) {}

  start(plan: BackupPlan): void {
    this.stop();
    mkdirSync(plan.dir, { recursive: true, mode: 0o700 });
    this.plan = plan;
    const check = (): void => void this.runIfDue().catch(() => undefined);
    this.timer = setInterval(check, Math.min(plan.everyH * HOUR, HOUR / 4));
    this.timer.unref();
    check();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.plan = null;
  }

  /** Waits for a backup in flight (before the database closes). */
  async settle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private nextAt(): number | null {
    if (!this.plan) return null;
    const newest = listBackups(this.plan.dir)[0];
    return newest ? Date.parse(newest.at) + this.plan.everyH * HOUR : this.core.deps.clock.now();
  }

  async runIfDue(): Promise<BackupFacts | null> {
    const next = this.nextAt();
    if (next === null || this.core.deps.clock.now() < next) return null;
    return this.runNow();
  }

  /** A backup now; joins the one in flight. Throws when no folder is set (the caller says so). */
  runNow(): Promise<BackupFacts> {
    if (this.running) return this.running;
    const plan = this.plan;
    if (!plan) return Promise.reject(new Error('this hub makes no backups'));
    const run = (async () => {
      const at = this.core.deps.clock.now();
      try {
        const facts = await backupTo(this.core.deps.db.$client, join(plan.dir, backupName(at)), plan.migrationsDir);
        this.lastError = null;
        this.prune(plan);
        log.info('backup written', { path: facts.path, bytes: facts.bytes });
        return facts;
      } catch (e) {
        this.lastError = { at: iso(at), message: (e as Error).message };
        log.error('backup failed', { error: (e as Error).message });
        throw e;
      }
    })();
    this.running = run;
    void run.finally(() => (this.running = null)).catch(() => undefined);
    return run;
  }

  private prune(plan: BackupPlan): void {
    for (const old of listBackups(plan.dir).slice(plan.keep)) {
      rmSync(join(plan.dir, old.name), { force: true });
      log.info('old backup removed', { name: old.name });
    }
  }

  status(): BackupStatus {
    const next = this.nextAt();
    return {
      dir: this.plan?.dir ?? null,
      every_h: this.plan?.everyH ?? null,
      keep: this.plan?.keep ?? null,
      running: this.running !== null,
      next_at: next === null ? null : iso(Math.max(next, this.core.deps.clock.now())),
      files: this.plan ? listBackups(this.plan.dir) : [],
      last_error: this.lastError,
    };
  }
}

const schedulers = new WeakMap<Core, BackupScheduler>();
/** The one backup scheduler of a core (the hub's, the app's). */
export function backupScheduler(core: Core): BackupScheduler {
  let s = schedulers.get(core);
  if (!s) schedulers.set(core, (s = new BackupScheduler(core)));
  return s;
}
