/** The registry: command name → command. A new command is one import and one line here. */
import type { Command } from '../command.js';
import { cleanCommand } from './clean.js';
import { convertCommand } from './convert.js';

export const COMMANDS: ReadonlyMap<string, Command> = new Map([
  [cleanCommand.name, cleanCommand],
  [convertCommand.name, convertCommand],
]);
