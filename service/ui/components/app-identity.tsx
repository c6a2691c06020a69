import type { Shield as ShieldKind } from '../../../shared/api/index.js';
import { Shield, shieldExplanation } from './shield.js';

export interface AppIdentityProps {
  name: string;
  logoUri: string | null;
  publisherHost: string | null;
  shield: ShieldKind;
  /** Show the sentence explaining the shield (consent page), not only the pill (lists). */
  explain?: boolean;
}

/** Only https logos are shown (a `javascript:` or `data:` URL never reaches an img). */
function safeLogo(uri: string | null): string | null {
  return uri !== null && uri.startsWith('https://') ? uri : null;
}

/** App logo (or the first letter of its name), name, publisher host and shield. Text is escaped by Preact. */
export function AppIdentity({ name, logoUri, publisherHost, shield, explain }: AppIdentityProps) {
  const logo = safeLogo(logoUri);
  return (
    <div class="app-identity">
      <div class="app-head">
        {logo ? (
          <img class="app-logo" src={logo} alt="" width={56} height={56} referrerpolicy="no-referrer" />
        ) : (
          <div class="app-logo placeholder" aria-hidden="true">
            {Array.from(name)[0]?.toUpperCase() ?? '?'}
          </div>
        )}
        <div>
          <div class="app-name">{name}</div>
          <div class="row small">
            {publisherHost !== null && <span class="mono">{publisherHost}</span>}
            <Shield kind={shield} />
          </div>
        </div>
      </div>
      {explain && <p class={`small shield-note ${shield}`}>{shieldExplanation(shield, publisherHost)}</p>}
    </div>
  );
}
