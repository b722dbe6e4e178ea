/**
 * The tiny script behind the optional "looks like an article" badge: its last expression is true when the
 * page probably holds an article. Injected only where the reader granted host access for the badge.
 */
import { isProbablyReaderable } from '@mozilla/readability';

export function run(): boolean {
  try {
    return isProbablyReaderable(document);
  } catch {
    return false;
  }
}
