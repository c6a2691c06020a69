import { detect, inspectChain } from '../../shared/inspector/index.js';
import type { Inspector } from './inspector.js';

/** The inspector of `shared/inspector/`: its one cheap check per navigation, and its chain analysis. */
export const sharedInspector: Inspector = {
  mayBeRequest: (url) => detect(url) !== undefined,
  inspect: (chain, history) => inspectChain(chain, history),
};
