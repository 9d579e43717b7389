import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Email } from '../api/schemas';
import type { OpenCore } from './commands';
import { CliError } from './errors';
import { printJson } from './read-file';

/** A password to read out or paste: 20 letters and digits without look-alikes, four groups. */
function generatedPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

/**
 * `tend user list` and `tend user reset-password EMAIL`: account care by whoever runs the
 * install (a clinic's kiosk, a family laptop). There is no e-mail here to send a reset
 * link to, so the person at the machine does it.
 */
export function userCommands(program: Command, openCore: OpenCore): void {
  const user = program.command('user').description('accounts on this install');
  user
    .command('list')
    .description('every account, with how many people it may see')
    .option('--json', 'print [{"id","email","name","created_at","people","desktop"}]')
    .action((o: { json?: boolean }) => {
      const list = openCore({ readOnly: true }).auth.listUsers();
      if (o.json) {
        printJson(list);
        return;
      }
      for (const u of list) process.stdout.write(`${u.email}\t${u.name}\t${u.people} ${u.people === 1 ? 'person' : 'people'}${u.desktop ? '\t(desktop account)' : ''}\n`);
    });
  user
    .command('reset-password <email>')
    .description('set a new password for an account and end its sign-ins; the password is read from stdin with --password-stdin, or made up and printed once')
    .option('--password-stdin', 'read the new password (at least 8 characters) from stdin')
    .option('--json', 'print {"email","password"} (password only when made up here)')
    .action(async (email: string, o: { passwordStdin?: boolean; json?: boolean }) => {
      const parsed = Email.safeParse(email);
      if (!parsed.success) throw new CliError(`${email}: not an e-mail address`);
      let password: string;
      const made = !o.passwordStdin;
      if (o.passwordStdin) {
        password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
        if (password.length < 8) throw new CliError('--password-stdin: the password must be at least 8 characters');
        if (password.length > 1024) throw new CliError('--password-stdin: the password is longer than 1024 characters');
      } else password = generatedPassword();
      const u = await openCore()
        .auth.resetPassword(parsed.data, password)
        .catch((e: Error) => {
          throw new CliError(e.message);
        });
      if (o.json) printJson({ email: u.email, ...(made ? { password } : {}) });
      else {
        if (made) process.stdout.write(`${password}\n`);
        process.stderr.write(`new password set for ${u.email}; every sign-in of the account has ended${made ? ' (the password above is shown once)' : ''}\n`);
      }
    });
}
