/**
 * The popup's first script (issue 15): a small classic script at the top of popup.html, run while the page is
 * still being parsed — before the stylesheets, the UI module and its chunks load — so that cleaning the tab
 * overlaps the popup's own start-up instead of following it. The toolbar click and Alt+Shift+R (the
 * `_execute_action` command) both open this popup, and both granted activeTab before it opened.
 *
 * Why here and not at the click itself: an action with a popup fires no `action.onClicked`, and the other
 * way round (no popup, `onClicked` then `action.openPopup()`) first has to wake the background — a service
 * worker in Chromium — before anything can open, which puts that start-up in front of the popup's first paint.
 */
import { startExtraction } from './early.js';

startExtraction();
