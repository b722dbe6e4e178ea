/**
 * The multi-page switch (Settings.followPages, issue 16). No permission to ask for: the following pages are
 * fetched from the page's own origin, in the page's own context, with the access the click already granted.
 */
import { updateSettings } from '../settings/store.js';
import { byRole } from '../ui/dom.js';

export function wireFollowPages(enabled: boolean): void {
  const box = byRole<HTMLInputElement>(document, 'follow-pages');
  box.checked = enabled;
  box.addEventListener('change', () => void updateSettings({ followPages: box.checked }));
}
