/**
 * Storage failures as data. A transaction that fails is aborted by IndexedDB as a whole, so whatever the
 * error, the library is as it was; the reader is told why in a sentence, and whether freeing space helps.
 */
import { t } from '../i18n/index.js';
import { fail } from '../messages/protocol.js';

/** Chrome and Firefox both name it QuotaExceededError; a full disk can also surface as UnknownError. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  return (
    name === 'QuotaExceededError' ||
    /quota|disk|space/i.test(String((error as { message?: unknown })?.message ?? error))
  );
}

export function storageFailure(error: unknown) {
  return isQuotaError(error)
    ? fail('quota', t('libraryErrorQuota'))
    : fail('storage', t('libraryErrorStorage', String(error)));
}
