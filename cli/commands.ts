import type { Command } from 'commander';
import type { Core } from '../core/app';
import type { DbPath } from './backup';

/**
 * The command's core, opened on first use. `readOnly`: the command only reads, so the store
 * may refuse writes and skip what an open writes (db/open.ts: a listing's start, issue #18).
 */
export type OpenCore = (opts?: { readOnly?: boolean }) => Core;
type Register = (program: Command, openCore: OpenCore, dbPath: DbPath) => void;

/**
 * Each domain's module and the top-level commands it adds, in the order `tend --help`
 * lists them. A command line naming one of these loads that module alone (issue #18:
 * loading every command's modules, audio decoders and report rendering included, was
 * most of a database command's start); help and unknown commands load them all, since
 * commander must know every command to list them. cli/commands.test.ts checks that each
 * module adds exactly the commands written here.
 */
export const COMMAND_MODULES: ReadonlyArray<{ commands: readonly string[]; load: () => Promise<Register> }> = [
  { commands: ['hub'], load: async () => (await import('./hub')).hubCommand },
  { commands: ['import', 'metrics', 'export'], load: async () => (await import('./diabetes')).diabetesCommands },
  { commands: ['forecast'], load: async () => (await import('./forecast')).forecastCommand },
  { commands: ['dose-settings', 'dose'], load: async () => (await import('./dose')).doseCommands },
  { commands: ['dexcom'], load: async () => (await import('./dexcom')).dexcomCommands },
  { commands: ['decode'], load: async () => (await import('./decode')).decodeCommand },
  { commands: ['tremor'], load: async () => (await import('./tremor')).tremorCommands },
  { commands: ['report'], load: async () => (await import('./report')).reportCommand },
  { commands: ['simulate'], load: async () => (await import('./simulate')).simulateCommands },
  { commands: ['cry'], load: async () => (await import('./cry')).cryCommand },
  { commands: ['sync'], load: async () => (await import('./sync')).syncCommand },
  { commands: ['backup', 'restore'], load: async () => (await import('./backup')).backupCommands },
  { commands: ['user'], load: async () => (await import('./user')).userCommands },
  { commands: ['nightscout'], load: async () => (await import('./nightscout')).nightscoutCommand },
  { commands: ['follow'], load: async () => (await import('./follow')).followCommand },
  { commands: ['templates'], load: async () => (await import('./templates')).templatesCommands },
];

/**
 * The registrations a command line needs: the module of the command it names, or every
 * module when it names none of them (help, a typo). `name` is the first argument that is
 * not a global option (main.ts knows which).
 */
export async function commandsFor(name: string | undefined): Promise<Register[]> {
  const one = name === undefined ? undefined : COMMAND_MODULES.find((m) => m.commands.includes(name));
  return Promise.all((one ? [one] : COMMAND_MODULES).map((m) => m.load()));
}

/** Adds the commands a command line needs (all of them when `name` is undefined or unknown). */
export async function registerCommands(program: Command, openCore: OpenCore, dbPath: DbPath, name?: string): Promise<void> {
  for (const register of await commandsFor(name)) register(program, openCore, dbPath);
}
