// The registry module itself, not the barrel: pages must not bundle the scope catalogs.
import { PROVIDERS } from '../../shared/providers/providers.js';

/** A provider whose consent pages can show the in-page panel, with the host access that needs. */
export interface PanelProvider {
  readonly id: string;
  readonly name: string;
  /** Registrable domains, as shown to the user. */
  readonly hosts: readonly string[];
  /** Match patterns of the optional host permission asked for when the user turns the panel on. */
  readonly origins: readonly string[];
}

/**
 * The providers of the registry with hosts of their own (self-managed software such as Keycloak
 * lives on any host, so it gets no panel). `https://*.example.com/*` also matches example.com.
 * The manifest's `optional_host_permissions` is built from this list too.
 */
export const PANEL_PROVIDERS: readonly PanelProvider[] = PROVIDERS.filter((p) => p.domains.length > 0).map((p) => ({
  id: p.id,
  name: p.name,
  hosts: p.domains,
  origins: p.domains.map((d) => `https://*.${d}/*`),
}));

/** The panel provider with this id, if any. */
export function panelProvider(id: string): PanelProvider | undefined {
  return PANEL_PROVIDERS.find((p) => p.id === id);
}
