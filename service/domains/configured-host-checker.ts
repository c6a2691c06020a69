import type { Config } from '../config/config.js';
import { createHostChecker, type HostChecker } from './check-host.js';
import { createDnsClient } from '../dns/dns-client.js';
import { resolversFromConfig } from '../dns/resolver-list.js';

/** Per DNS exchange; a slow authoritative server gets this long before the check is "temporary". */
const DNS_TIMEOUT_MS = 5000;

/** The host checker the service runs with: DNS_RESOLVERS (or the system's), all of which must agree. */
function createConfiguredHostChecker(config: Pick<Config, 'DNS_RESOLVERS'>): HostChecker {
  return createHostChecker({ dns: createDnsClient({ resolvers: resolversFromConfig(config.DNS_RESOLVERS), timeoutMs: DNS_TIMEOUT_MS }) });
}

/**
 * The configured checker, built on first use: the system's resolvers are read only when a check
 * runs, so a process that never verifies (CLI commands, most tests) never needs any.
 */
export function createLazyHostChecker(config: Pick<Config, 'DNS_RESOLVERS'>): HostChecker {
  let checker: HostChecker | undefined;
  return {
    checkHost: (host, expectedValue) => (checker ??= createConfiguredHostChecker(config)).checkHost(host, expectedValue),
  };
}
