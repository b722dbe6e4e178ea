/** Background (Chrome service worker, Firefox event page): answers the typed requests of Winnow's pages. */
import { listen } from '../messages/router.js';
import { extractTab } from './extract-tab.js';

listen({
  'extract-tab': ({ tabId }) => extractTab(tabId),
});
