import type { ProviderScopeCatalog } from './provider-scope-catalog.js';
import { amazonCatalog } from './amazon.js';
import { appleCatalog } from './apple.js';
import { atlassianCatalog } from './atlassian.js';
import { cloudflareCatalog } from './cloudflare.js';
import { discordCatalog } from './discord.js';
import { dropboxCatalog } from './dropbox.js';
import { facebookCatalog } from './facebook.js';
import { githubCatalog } from './github.js';
import { gitlabCatalog } from './gitlab.js';
import { googleCatalog } from './google.js';
import { microsoftCatalog } from './microsoft.js';
import { oidcCatalog } from './oidc.js';
import { oktaCatalog } from './okta.js';
import { salesforceCatalog } from './salesforce.js';
import { slackCatalog } from './slack.js';
import { xCatalog } from './x.js';
import { zoomCatalog } from './zoom.js';

export * from './provider-scope-catalog.js';

/**
 * Every provider's scope catalog, keyed by its `catalog` id. The provider registry names the
 * catalog its provider uses; the analyzer looks requested scopes up in it.
 */
export const providerScopeCatalogs = {
  google: googleCatalog,
  microsoft: microsoftCatalog,
  github: githubCatalog,
  gitlab: gitlabCatalog,
  slack: slackCatalog,
  cloudflare: cloudflareCatalog,
  okta: oktaCatalog,
  discord: discordCatalog,
  dropbox: dropboxCatalog,
  salesforce: salesforceCatalog,
  atlassian: atlassianCatalog,
  zoom: zoomCatalog,
  x: xCatalog,
  facebook: facebookCatalog,
  apple: appleCatalog,
  amazon: amazonCatalog,
  oidc: oidcCatalog,
} as const satisfies Readonly<Record<string, ProviderScopeCatalog>>;

/** Id of one of {@link providerScopeCatalogs}. */
export type ProviderCatalogId = keyof typeof providerScopeCatalogs;
