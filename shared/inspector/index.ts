// The inspector's public API: what the extension calls. Pure functions over URLs, navigation
// chains and history entries; no browser APIs.
export { detect, type Detection } from './detect.js';
export { inspectUrl, type InspectOptions } from './inspect-url.js';
export { inspectChain } from './inspect-chain.js';
export {
  toHistoryEntry,
  findEscalation,
  appendHistory,
  searchHistory,
  historyEntrySchema,
  DEFAULT_HISTORY_LIMIT,
} from './history.js';
export { exportHistoryJson, exportHistoryCsv } from './history-export.js';
export { verdictOf } from './verdict.js';
export * from './inspection.js';
export * from './navigation.js';
export { catalogIndex, DEFAULT_CATALOGS, type CatalogIndex } from '../providers/catalogs.js';
export { FINDING_CODES, type Finding, type FindingCode } from '../oauth/finding.js';
