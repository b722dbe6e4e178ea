/** A tiny element builder for Winnow's pages: text is always set as text, never parsed as HTML. */
type Attrs = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) el.append(child);
  return el;
}

export const byRole = <T extends HTMLElement = HTMLElement>(root: ParentNode, role: string): T => {
  const el = root.querySelector<T>(`[data-role="${role}"]`);
  if (!el) throw new Error(`missing [data-role="${role}"]`);
  return el;
};
