/**
 * Settings as a file the reader keeps or carries to another browser: every setting, the fixes for sites
 * included, as JSON with a marker. Reading one goes through `normalize`, like anything read from storage.
 */
import { normalize, type Settings } from './schema.js';

const KIND = 'winnow-settings';

export function settingsFile(settings: Settings): string {
  return `${JSON.stringify({ kind: KIND, version: 1, settings }, null, 2)}\n`;
}

/** The settings in a file `settingsFile` wrote, or null for any other file. */
export function readSettingsFile(text: string): Settings | null {
  try {
    const data = JSON.parse(text) as { kind?: unknown; settings?: unknown };
    return data?.kind === KIND && typeof data.settings === 'object' && data.settings !== null
      ? normalize(data.settings)
      : null;
  } catch {
    return null;
  }
}
