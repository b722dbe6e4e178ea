/**
 * The optional controls every article page mounts into its action bar, in order. Each feature registers
 * itself with `registerControl` when imported here.
 */
import './convert-control.js';
import './save-menu.js';
import './fix-site.js';
