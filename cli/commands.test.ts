import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { Core } from '../core/app';
import { COMMAND_MODULES, registerCommands } from './commands';
import { commandName } from './main';

const noCore = (): Core => {
  throw new Error('no database in this test');
};
const noPath = () => ({ path: '', explicit: false });
const names = (p: Command) => p.commands.map((c) => c.name());

describe('which command modules a command line loads', () => {
  it('each module adds exactly the top-level commands the table says, so a command is never routed to a module that lacks it', async () => {
    for (const m of COMMAND_MODULES) {
      const program = new Command('tend');
      (await m.load())(program, noCore, noPath);
      expect(names(program)).toEqual(m.commands);
    }
  });

  it('a named command registers its module alone; no name or an unknown one registers every command, in the table order help lists', async () => {
    const one = new Command('tend');
    await registerCommands(one, noCore, noPath, 'restore');
    expect(names(one)).toEqual(['backup', 'restore']);
    const all = COMMAND_MODULES.flatMap((m) => m.commands);
    for (const name of [undefined, 'help', 'no-such-command']) {
      const program = new Command('tend');
      await registerCommands(program, noCore, noPath, name);
      expect(names(program)).toEqual(all);
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds the command after the global options, and none when help or another option comes first', () => {
    expect(commandName(['--db', 'x.db', 'user', 'list', '--json'])).toBe('user');
    expect(commandName(['--db=x.db', 'sync', '--url', 'u'])).toBe('sync');
    expect(commandName(['import', 'a.csv', '--db', 'x.db'])).toBe('import');
    expect(commandName(['--help'])).toBeUndefined();
    expect(commandName(['-h', 'user'])).toBeUndefined();
    expect(commandName(['--db', 'x.db'])).toBeUndefined();
    expect(commandName([])).toBeUndefined();
  });
});
