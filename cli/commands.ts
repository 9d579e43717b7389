import type { Command } from 'commander';
import type { Core } from '../core/app';
import { backupCommands, type DbPath } from './backup';
import { cryCommand } from './cry';
import { decodeCommand } from './decode';
import { forecastCommand } from './forecast';
import { doseCommands } from './dose';
import { diabetesCommands } from './diabetes';
import { dexcomCommands } from './dexcom';
import { hubCommand } from './hub';
import { nightscoutCommand } from './nightscout';
import { followCommand } from './follow';
import { reportCommand } from './report';
import { simulateCommands } from './simulate';
import { syncCommand } from './sync';
import { templatesCommands } from './templates';
import { tremorCommands } from './tremor';
import { userCommands } from './user';

/** Each domain adds its subcommands here; unknown ones exit 2 with usage. */
export function registerCommands(program: Command, openCore: () => Core, dbPath: DbPath): void {
  hubCommand(program, openCore);
  diabetesCommands(program, openCore);
  forecastCommand(program, openCore);
  doseCommands(program, openCore);
  dexcomCommands(program, openCore);
  decodeCommand(program);
  tremorCommands(program, openCore);
  reportCommand(program, openCore);
  simulateCommands(program, openCore);
  cryCommand(program);
  syncCommand(program, openCore);
  backupCommands(program, openCore, dbPath);
  userCommands(program, openCore);
  nightscoutCommand(program, openCore);
  followCommand(program, openCore);
  templatesCommands(program, openCore);
}
