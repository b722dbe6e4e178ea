/**
 * Readable plain text from article HTML: one paragraph per block, blank line between blocks — what a
 * reader expects from "copy as text", the CLI's text output and saved .txt files.
 */
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'HR',
  'ADDRESS',
  'MAIN',
  'NAV',
  'DETAILS',
  'SUMMARY',
]);

export function blockText(root: Node): string {
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text) parts.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const name = (node as Element).tagName?.toUpperCase();
    if (name === 'BR') {
      flush();
      return;
    }
    if (name === 'PRE') {
      flush();
      parts.push((node.textContent ?? '').replace(/\s+$/, ''));
      return;
    }
    const block = name !== undefined && BLOCK.has(name);
    if (block) flush();
    // Siblings by pointer, not `childNodes`: no NodeList per node (a 100,000-element article has as many).
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
    if (name === 'TD' || name === 'TH') line += ' ';
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}
