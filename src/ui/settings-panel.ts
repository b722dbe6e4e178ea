/**
 * The "Aa" panel: theme, typeface, size, line height and (in the full reader) column width. Every change is
 * applied at once and saved to storage.sync; other open Winnow pages follow through onSettingsChanged.
 */
import { t, type MessageKey } from '../i18n/index.js';
import { LIMITS, type Settings } from '../settings/schema.js';
import { h } from './dom.js';

type Change = (change: Partial<Settings>) => void;

function choice<K extends 'theme' | 'font' | 'width'>(
  doc: Document,
  key: K,
  label: MessageKey,
  options: Array<[Settings[K], MessageKey]>,
  current: Settings,
  change: Change,
): HTMLElement {
  const group = h(doc, 'fieldset', { class: 'choice', 'data-setting': key }, h(doc, 'legend', {}, t(label)));
  for (const [value, name] of options) {
    const input = h(doc, 'input', { type: 'radio', name: key, value: String(value), checked: current[key] === value });
    input.addEventListener('change', () => change({ [key]: value }));
    group.append(h(doc, 'label', {}, input, t(name)));
  }
  return group;
}

function stepper(
  doc: Document,
  key: 'fontSize' | 'lineHeight',
  label: MessageKey,
  current: Settings,
  change: Change,
): HTMLElement {
  const { min, max, step } = LIMITS[key];
  const output = h(doc, 'output', { 'data-value': key }, String(current[key]));
  let value = current[key];
  const set = (next: number) => {
    value = Math.round(Math.min(max, Math.max(min, next)) * 10) / 10;
    output.textContent = String(value);
    change({ [key]: value });
  };
  const less = h(doc, 'button', { type: 'button', 'aria-label': `${t(label)} −` }, '−');
  const more = h(doc, 'button', { type: 'button', 'aria-label': `${t(label)} +` }, '+');
  less.addEventListener('click', () => set(value - step));
  more.addEventListener('click', () => set(value + step));
  return h(doc, 'div', { class: 'stepper', 'data-setting': key }, h(doc, 'span', {}, t(label)), less, output, more);
}

export function settingsPanel(doc: Document, current: Settings, change: Change, withWidth: boolean): HTMLElement {
  const panel = h(
    doc,
    'section',
    { class: 'settings-panel', 'data-role': 'settings', hidden: true, 'aria-label': t('settingsTitle') },
    choice(
      doc,
      'theme',
      'settingsTheme',
      [
        ['system', 'themeSystem'],
        ['light', 'themeLight'],
        ['sepia', 'themeSepia'],
        ['dark', 'themeDark'],
      ],
      current,
      change,
    ),
    choice(
      doc,
      'font',
      'settingsFont',
      [
        ['serif', 'fontSerif'],
        ['sans', 'fontSans'],
      ],
      current,
      change,
    ),
    stepper(doc, 'fontSize', 'settingsSize', current, change),
    stepper(doc, 'lineHeight', 'settingsLineHeight', current, change),
  );
  if (withWidth)
    panel.append(
      choice(
        doc,
        'width',
        'settingsWidth',
        [
          ['narrow', 'widthNarrow'],
          ['medium', 'widthMedium'],
          ['wide', 'widthWide'],
        ],
        current,
        change,
      ),
    );
  return panel;
}
