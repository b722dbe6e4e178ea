/**
 * Downloads from the library page itself (exports can be tens of megabytes: no need to push them through
 * a message). The page is a full tab, so its object URL lives until the download is over.
 */
import browser from 'webextension-polyfill';

export async function downloadBlob(blob: Blob, filename: string): Promise<void> {
  const url = URL.createObjectURL(blob);
  try {
    const id = await browser.downloads.download({ url, filename, conflictAction: 'uniquify' });
    const done = (delta: { id: number; state?: { current?: string } }) => {
      if (delta.id !== id || !delta.state?.current || delta.state.current === 'in_progress') return;
      URL.revokeObjectURL(url);
      browser.downloads.onChanged.removeListener(done);
    };
    browser.downloads.onChanged.addListener(done);
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}
