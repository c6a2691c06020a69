/** The panel content script's file in the build (entrypoints/panel.content.tsx, registered at run time). */
export const PANEL_SCRIPT = '/content-scripts/panel.js';
