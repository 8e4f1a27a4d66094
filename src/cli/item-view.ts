/** The item view moved to the core, where the web pages share it; the CLI keeps importing it from here. */
export { type ItemView, itemView } from '../core/kb/item-view.js';
