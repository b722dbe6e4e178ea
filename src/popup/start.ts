/**
 * The popup's first script (issue 15): a small classic script at the top of popup.html, run while the page is
 * still being parsed — before the stylesheets, the UI module and its chunks load. It asks for the article at
 * once: after a toolbar click or Alt+Shift+R the background has been cleaning the tab since the click
 * (src/background/action-click.ts) and this script waits for that; a popup opened any other way cleans the
 * tab from here, so that cleaning overlaps the popup's own start-up instead of following it.
 */
import { startExtraction } from './early.js';

startExtraction();
