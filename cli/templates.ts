import type { Command } from 'commander';
import { isApiError } from '../api/errors';
import type { ThresholdTemplate } from '../api/templates';
import type { Core } from '../core/app';
import type { CallContext } from '../core/context';
import { subjectsNamed } from '../core/records/subjects-named';
import { localContext } from './context';
import { CliError } from './errors';
import { printJson } from './read-file';

interface Common {
  as?: string;
  json?: boolean;
}

/**
 * The account the command acts as: `--as EMAIL`, else this machine's local account (the one the
 * desktop app uses). Templates belong to an account (core/templates/README.md), so the CLI works
 * with that account's templates and, through `core.call`, has exactly its rights on people.
 */
function accountContext(core: Core, as: string | undefined): CallContext {
  if (as === undefined) return localContext(core);
  const u = core.auth.listUsers().find((x) => x.email.toLowerCase() === as.toLowerCase());
  if (!u) throw new CliError(`--as ${as}: no account with that e-mail on this install`);
  return { user: { id: u.id, email: u.email, name: u.name }, clientKey: 'cli', transport: 'cli' };
}

function templateNamed(list: ThresholdTemplate[], name: string, ctx: CallContext): ThresholdTemplate {
  const t = list.find((x) => x.name === name) ?? list.find((x) => x.id === name);
  if (!t) throw new CliError(`${name}: ${ctx.user!.email} has no template of that name (see tend templates list)`);
  return t;
}

function subjectId(core: Core, name: string): string {
  const rows = subjectsNamed(core, name);
  if (rows.length > 1) throw new CliError(`${name}: ${rows.length} people have that name; use the id`);
  if (!rows.length) throw new CliError(`${name}: no such person`);
  return rows[0]!.id;
}

/** A name the account already uses is bad input (exit 2), as a bad limit is. */
async function sameNameIsBadInput<T>(flag: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isApiError(e) && e.code === 'conflict') throw new CliError(`${flag}: ${e.message}`);
    throw e;
  }
}

/** An access refusal names the account and the way out; other errors go to main's reporter. */
async function asAccount<T>(ctx: CallContext, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isApiError(e) && e.code === 'forbidden')
      throw new CliError(`${what}: ${ctx.user!.email} may not do this for that person (${e.message}); use --as EMAIL of an account that may`, 1);
    throw e;
  }
}

const limitsText = (t: ThresholdTemplate) => t.items.map((i) => `${i.metric}${i.min != null ? ` <${i.min}` : ''}${i.max != null ? ` >${i.max}` : ''} ${i.priority}`).join(', ');

/** `tend templates list|save|apply|rename|delete`: threshold templates (issue #19) from the command line. */
export function templatesCommands(program: Command, openCore: () => Core): void {
  const cmd = program.command('templates').description("threshold templates: an account's named sets of limits, applied to people it manages");
  const asOption = ['--as <email>', 'act as this account (default: this machine’s local account)'] as const;

  cmd
    .command('list')
    .description('the account’s templates, by name')
    .option(...asOption)
    .option('--json', 'print [{"id","name","items","version","created_at","updated_at"}]')
    .action(async (o: Common) => {
      const core = openCore();
      const ctx = accountContext(core, o.as);
      const list = await core.call('templates.list', {}, ctx);
      if (o.json) {
        printJson(list);
        return;
      }
      if (!list.length) process.stderr.write(`${ctx.user!.email} has no templates\n`);
      for (const t of list) process.stdout.write(`${t.name}\tv${t.version}\t${limitsText(t)}\n`);
    });

  cmd
    .command('save')
    .description('save the limits in force for a person as a new template')
    .requiredOption('--from-subject <name>', 'the person whose limits to save')
    .requiredOption('--name <name>', 'the template’s name')
    .option(...asOption)
    .option('--json', 'print the template')
    .action(async (o: Common & { fromSubject: string; name: string }) => {
      const core = openCore();
      const ctx = accountContext(core, o.as);
      const id = subjectId(core, o.fromSubject);
      const items = await asAccount(ctx, `--from-subject ${o.fromSubject}`, () => core.call('thresholds.effective', { subject_id: id }, ctx));
      if (!items.length) throw new CliError(`--from-subject ${o.fromSubject}: that person has no limits to save`);
      const t = await sameNameIsBadInput(`--name ${o.name}`, () => core.call('templates.create', { name: o.name, items }, ctx));
      if (o.json) {
        printJson(t);
        return;
      }
      process.stdout.write(`saved ${t.name} (v${t.version}): ${limitsText(t)}\n`);
    });

  cmd
    .command('apply <template>')
    .description('apply one of the account’s templates to a person it manages; the person’s own limits stay')
    .requiredOption('--subject <name>', 'the person')
    .option(...asOption)
    .option('--json', 'print {"thresholds","applied","kept","origins"}')
    .action(async (name: string, o: Common & { subject: string }) => {
      const core = openCore();
      const ctx = accountContext(core, o.as);
      const t = templateNamed(await core.call('templates.list', {}, ctx), name, ctx);
      const id = subjectId(core, o.subject);
      const r = await asAccount(ctx, `--subject ${o.subject}`, () => core.call('thresholds.apply_template', { subject_id: id, template_id: t.id }, ctx));
      if (o.json) {
        printJson(r);
        return;
      }
      process.stdout.write(`applied ${t.name} v${t.version} to ${o.subject}: ${r.applied.length ? r.applied.join(', ') : 'nothing'} set${r.kept.length ? `; kept their own ${r.kept.join(', ')}` : ''}\n`);
    });

  cmd
    .command('rename <template> <new-name>')
    .description('give a template a new name (its limits and version stay)')
    .option(...asOption)
    .option('--json', 'print the template')
    .action(async (name: string, next: string, o: Common) => {
      const core = openCore();
      const ctx = accountContext(core, o.as);
      const t = templateNamed(await core.call('templates.list', {}, ctx), name, ctx);
      const done = await sameNameIsBadInput(next, () => core.call('templates.rename', { id: t.id, name: next }, ctx));
      if (o.json) {
        printJson(done);
        return;
      }
      process.stdout.write(`renamed ${t.name} to ${done.name}\n`);
    });

  cmd
    .command('delete <template>')
    .description('delete a template; people it was applied to keep its limits')
    .option(...asOption)
    .option('--json', 'print {"deleted":{"id","name"}}')
    .action(async (name: string, o: Common) => {
      const core = openCore();
      const ctx = accountContext(core, o.as);
      const t = templateNamed(await core.call('templates.list', {}, ctx), name, ctx);
      await core.call('templates.delete', { id: t.id }, ctx);
      if (o.json) {
        printJson({ deleted: { id: t.id, name: t.name } });
        return;
      }
      process.stdout.write(`deleted ${t.name}; people it was applied to keep its limits\n`);
    });
}
