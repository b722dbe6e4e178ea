#!/usr/bin/env -S node --import tsx
// Regenerates src/core/extract/prune/vocabulary-literals.ts: the required literals of every rule vocabulary's
// branches (vocabulary-table.ts), formatted as the project formats code. Run on purpose, output committed.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { TABLE_PATH, tableModule, vocabularyTable } from './vocabulary-table.js';

const table = await vocabularyTable();
const options = { ...(await resolveConfig(TABLE_PATH)), filepath: TABLE_PATH };
writeFileSync(TABLE_PATH, await format(tableModule(table), options));
console.log(`wrote ${TABLE_PATH}: ${Object.keys(table).length} branches with literals`);
