import { defineBackground } from '#imports';

// Wiring only (STYLE.md 13). Listeners are registered synchronously in main() once the
// extension has something to listen for (navigation analysis, companion messages); the popup
// works on its own for now, so the service worker has nothing to register yet.
export default defineBackground(() => {});
