import { localUser } from '../core/auth/local-user';
import { CliError } from './errors';
import type { Core } from '../core/app';
import { subjectsNamed } from '../core/records/subjects-named';
import type { CallContext } from '../core/context';
import type { Subject, SubjectKind } from '../api/schemas';

/**
 * The CLI runs as the machine's local user (as the desktop app does). Whoever can read
 * the database file is trusted with it, so `--subject NAME` finds the subject whatever
 * account owns it, and acts as that subject's owner.
 */
export function localContext(core: Core): CallContext {
  return { user: localUser(core.auth), clientKey: 'cli', transport: 'cli' };
}

export function resolveSubject(core: Core, name: string, opts: { create?: SubjectKind } = {}): { subject: Subject; ctx: CallContext } {
  const rows = subjectsNamed(core, name);
  if (rows.length > 1) throw new CliError(`--subject ${name}: ${rows.length} subjects have that name; use its id`);
  if (rows.length === 1) {
    const ctx: CallContext = { user: rows[0]!.owner, clientKey: 'cli', transport: 'cli' };
    return { subject: core.subjects.get(ctx, rows[0]!.id), ctx };
  }
  if (!opts.create) throw new CliError(`--subject ${name}: no such subject`);
  const ctx = localContext(core);
  return { subject: core.subjects.create(ctx, { name, kind: opts.create }), ctx };
}
