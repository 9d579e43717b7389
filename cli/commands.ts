import type { Command } from 'commander';
import type { Core } from '../core/app';
import { decodeCommand } from './decode';
import { diabetesCommands } from './diabetes';
import { hubCommand } from './hub';

/** Each domain adds its subcommands here; unknown ones exit 2 with usage. */
export function registerCommands(program: Command, openCore: () => Core): void {
  hubCommand(program, openCore);
  diabetesCommands(program, openCore);
  decodeCommand(program);
}
