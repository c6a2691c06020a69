import { defineBackground } from '#imports';
import { startBackground } from '../background/start-background.js';
import { sharedInspector } from '../inspection/shared-inspector.js';

// Wiring only: every listener is registered synchronously in startBackground.
export default defineBackground(() => startBackground(sharedInspector));
