import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type ProviderScopeCatalog,
  providerScopeCatalogSchema,
  providerScopeCatalogs,
} from '../../../../shared/provider-scopes/index.js';
import { ScopeCatalog, defaultCatalog } from '../../../../shared/scopes/index.js';

const catalogs: [string, ProviderScopeCatalog][] = Object.entries(providerScopeCatalogs);
const scopeOf = (catalog: ProviderScopeCatalog, id: string) => catalog.scopes.find((s) => s.id === id);

describe('every provider scope catalog', () => {
  it.each(catalogs)('%s is valid by the schema and keyed by its own id', (key, catalog) => {
    expect(providerScopeCatalogSchema.parse(catalog)).toEqual(catalog);
    expect(catalog.catalog).toBe(key);
  });

  it.each(catalogs)('%s spells each scope once, counting aliases', (_key, catalog) => {
    const spellings = catalog.scopes.flatMap((s) => [s.id, ...(s.aliases ?? [])]);
    const repeated = spellings.filter((id, i) => spellings.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it.each(catalogs)('%s describes each scope in one sentence of at most 160 characters', (_key, catalog) => {
    const tooLong = catalog.scopes.filter((s) => s.description.length > 160).map((s) => s.id);
    const notOneSentence = catalog.scopes.filter((s) => !/^[A-Z][^]*[.]$/.test(s.description) || /[.!?] [A-Z]/.test(s.description)).map((s) => s.id);
    expect({ tooLong, notOneSentence }).toEqual({ tooLong: [], notOneSentence: [] });
  });

  it.each(catalogs)('%s cites https pages read on a real date', (_key, catalog) => {
    for (const source of catalog.sources) {
      expect(new URL(source.url).protocol).toBe('https:');
      expect(Number.isNaN(Date.parse(source.retrieved))).toBe(false);
    }
  });

  it.each(catalogs)('%s puts lasting access in the write tier, as Consentry\'s own catalog does', (_key, catalog) => {
    const lasting = catalog.scopes.filter((s) => s.lasting);
    expect(lasting.map((s) => s.risk)).toEqual(lasting.map(() => 'write'));
  });

  it('keeps all catalog source under 200 KB, so the extension zip stays small', () => {
    const dir = fileURLToPath(new URL('../../../../shared/provider-scopes/', import.meta.url));
    const bytes = readdirSync(dir).reduce((sum, file) => sum + statSync(dir + file).size, 0);
    expect(bytes).toBeLessThan(200 * 1024);
  });
});

describe('github', () => {
  const github = providerScopeCatalogs.github;

  it('puts delete_repo, admin:org and SSH key management in the admin tier', () => {
    const catalog = new ScopeCatalog(github);
    for (const id of ['delete_repo', 'admin:org', 'write:org', 'admin:public_key', 'admin:org_hook']) expect(catalog.riskOf([id])).toBe('admin');
  });

  it('treats repo and workflow as write, and the profile scopes as identity', () => {
    expect([scopeOf(github, 'repo')?.risk, scopeOf(github, 'workflow')?.risk]).toEqual(['write', 'write']);
    expect([scopeOf(github, 'read:user')?.risk, scopeOf(github, 'user:email')?.risk]).toEqual(['identity', 'identity']);
  });

  it('grants read-only public information when no scope is asked', () => {
    expect(github.noScope.risk).toBe('identity');
    expect(github.noScope.description).toMatch(/public/);
  });
});

describe('google', () => {
  const google = providerScopeCatalogs.google;
  const G = 'https://www.googleapis.com/auth/';

  it("marks Gmail's reading, changing and full-access scopes restricted, and sending sensitive", () => {
    for (const id of ['https://mail.google.com/', `${G}gmail.readonly`, `${G}gmail.modify`, `${G}gmail.compose`, `${G}gmail.metadata`]) {
      expect(scopeOf(google, id)?.sensitivity).toBe('restricted');
    }
    expect(scopeOf(google, `${G}gmail.send`)).toMatchObject({ sensitivity: 'sensitive', risk: 'write' });
  });

  it('marks broad Drive scopes restricted and drive.file unclassified', () => {
    expect([scopeOf(google, `${G}drive`)?.sensitivity, scopeOf(google, `${G}drive.readonly`)?.sensitivity]).toEqual(['restricted', 'restricted']);
    expect(scopeOf(google, `${G}drive.file`)?.sensitivity).toBeUndefined();
  });

  it('puts cloud-platform and Admin SDK changes in the admin tier, Admin SDK reads in read', () => {
    const catalog = new ScopeCatalog(google);
    for (const id of ['cloud-platform', 'admin.directory.user', 'admin.directory.rolemanagement', 'gmail.settings.sharing']) expect(catalog.riskOf([G + id])).toBe('admin');
    expect(catalog.riskOf([`${G}admin.directory.user.readonly`])).toBe('read');
  });

  it('knows the userinfo URLs as aliases of email and profile', () => {
    expect(scopeOf(google, 'email')?.aliases).toEqual([`${G}userinfo.email`]);
    expect(scopeOf(google, 'profile')?.aliases).toEqual([`${G}userinfo.profile`]);
    expect(new ScopeCatalog(google).riskOf(['openid', 'email', 'profile'])).toBe('identity');
  });
});

describe('microsoft', () => {
  const microsoft = providerScopeCatalogs.microsoft;

  it('says directory, role, app and policy permissions need admin consent and sit in the admin tier', () => {
    for (const id of ['Directory.ReadWrite.All', 'Directory.AccessAsUser.All', 'RoleManagement.ReadWrite.Directory', 'Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'Policy.ReadWrite.ConditionalAccess']) {
      expect(scopeOf(microsoft, id)).toMatchObject({ adminConsent: true, risk: 'admin' });
    }
  });

  it('lets users consent to their own mail, files and calendars themselves', () => {
    expect(scopeOf(microsoft, 'Mail.Read')).toMatchObject({ adminConsent: false, risk: 'read' });
    expect(scopeOf(microsoft, 'Mail.Send')).toMatchObject({ adminConsent: false, risk: 'write' });
    expect(scopeOf(microsoft, 'Files.ReadWrite.All')).toMatchObject({ adminConsent: false, risk: 'write' });
    expect(scopeOf(microsoft, 'Directory.Read.All')).toMatchObject({ adminConsent: true, risk: 'read' });
  });

  it('marks offline_access as lasting and User.Read as sign-in only', () => {
    expect(scopeOf(microsoft, 'offline_access')).toMatchObject({ lasting: true, protocol: true });
    expect(scopeOf(microsoft, 'User.Read')?.risk).toBe('identity');
  });

  it("knows Azure Resource Manager's user_impersonation under both resource names", () => {
    expect(scopeOf(microsoft, 'https://management.azure.com/user_impersonation')).toMatchObject({
      risk: 'admin',
      aliases: ['https://management.core.windows.net//user_impersonation', 'https://management.core.windows.net/user_impersonation'],
    });
  });

  it('cannot tell from the URL what a request without scope gets', () => {
    expect(microsoft.noScope.risk).toBe('unknown');
  });
});

describe('cloudflare', () => {
  const cloudflare = providerScopeCatalogs.cloudflare;
  // What `wrangler login` sends (cloudflare/workers-sdk f8308360, packages/workers-auth/src/core/scopes.ts,
  // re-exported by packages/wrangler/src/user/user.ts): these keys, then offline_access.
  const wranglerLogin =
    'account:read user:read workers:write workers_kv:write workers_routes:write workers_scripts:write workers_tail:read ' +
    'd1:write pages:write zone:read ssl_certs:write ai:write ai-search:write ai-search:run websearch.run agent-memory:write ' +
    'queues:write pipelines:write secrets_store:write artifacts:write flagship:write containers:write cloudchamber:write ' +
    'connectivity:admin email_routing:write email_sending:write browser:write challenge-widgets.write offline_access';

  it("holds every scope of Consentry's own catalog, unchanged", () => {
    for (const scope of defaultCatalog.scopes) expect(scopeOf(cloudflare, scope.id)).toBe(scope);
  });

  it('knows every scope wrangler asks for at login, at most write tier, with lasting access', () => {
    const catalog = new ScopeCatalog(cloudflare);
    const ids = wranglerLogin.split(' ');
    expect(catalog.unknown(ids)).toEqual([]);
    expect(catalog.riskOf(ids)).toBe('write');
    expect(ids.filter((id) => catalog.isLasting(id))).toEqual(['offline_access']);
  });
});

describe('gitlab', () => {
  const gitlab = providerScopeCatalogs.gitlab;

  it('puts api and sudo in the admin tier and read_api in read', () => {
    const catalog = new ScopeCatalog(gitlab);
    expect([catalog.riskOf(['api']), catalog.riskOf(['sudo']), catalog.riskOf(['admin_mode']), catalog.riskOf(['read_api'])]).toEqual(['admin', 'admin', 'admin', 'read']);
  });

  it('grants its default scope api to a request without scope', () => {
    expect(gitlab.noScope).toMatchObject({ risk: 'admin', description: expect.stringContaining('api') });
  });
});

describe('slack', () => {
  const slack = new ScopeCatalog(providerScopeCatalogs.slack);

  it('puts the admin.* scopes that change the organization, and legacy admin and client, in the admin tier', () => {
    const changing = providerScopeCatalogs.slack.scopes.filter((s) => /^admin\..*:write$/.test(s.id)).map((s) => s.id);
    expect(changing.length).toBeGreaterThanOrEqual(10);
    for (const id of [...changing, 'admin', 'client']) expect(slack.riskOf([id])).toBe('admin');
    expect(slack.riskOf(['admin.users:read'])).toBe('read');
  });

  it('tiers a typical bot installation as write and Sign in with Slack as identity', () => {
    expect(slack.riskOf(['channels:history', 'chat:write', 'commands'])).toBe('write');
    expect(slack.riskOf(['openid', 'profile', 'email'])).toBe('identity');
    expect(slack.riskOf(['identity.basic', 'identity.email', 'identity.avatar', 'identity.team'])).toBe('identity');
  });
});

describe('okta', () => {
  const okta = new ScopeCatalog(providerScopeCatalogs.okta);

  it('tiers OIDC sign-in as identity and lasting access as lasting', () => {
    expect(okta.riskOf(['openid', 'profile', 'email'])).toBe('identity');
    expect(okta.isLasting('offline_access')).toBe(true);
  });

  it('puts the okta.* scopes that manage users, apps, roles and policies in the admin tier, their reads in read', () => {
    for (const id of ['okta.users.manage', 'okta.apps.manage', 'okta.roles.manage', 'okta.policies.manage', 'okta.factors.manage']) expect(okta.riskOf([id])).toBe('admin');
    for (const id of ['okta.users.read', 'okta.apps.read', 'okta.logs.read']) expect(okta.riskOf([id])).toBe('read');
  });
});

describe('discord', () => {
  const discord = new ScopeCatalog(providerScopeCatalogs.discord);

  it('tiers a sign-in as identity and adding a bot to a server as admin', () => {
    expect(discord.riskOf(['identify', 'email'])).toBe('identity');
    expect(discord.riskOf(['bot', 'applications.commands'])).toBe('admin');
    expect(discord.riskOf(['guilds', 'guilds.join'])).toBe('write');
  });
});

describe('dropbox', () => {
  const dropbox = new ScopeCatalog(providerScopeCatalogs.dropbox);

  it('tiers file reading as read, writing and sharing as write, and team member control as admin', () => {
    expect(dropbox.riskOf(['account_info.read', 'files.metadata.read', 'files.content.read'])).toBe('read');
    expect(dropbox.riskOf(['files.content.write'])).toBe('write');
    expect(dropbox.riskOf(['sharing.write'])).toBe('write');
    for (const id of ['team_data.member', 'members.delete', 'groups.write']) expect(dropbox.riskOf([id])).toBe('admin');
  });

  it('grants the scopes the app enabled, unseen in the URL, when none is asked', () => {
    expect(providerScopeCatalogs.dropbox.noScope.risk).toBe('unknown');
  });
});

describe('salesforce', () => {
  const salesforce = providerScopeCatalogs.salesforce;

  it('treats refresh_token and its alias offline_access as lasting access', () => {
    expect(scopeOf(salesforce, 'refresh_token')).toMatchObject({ lasting: true, aliases: ['offline_access'] });
  });

  it('puts api and full, which reach everything you can, in the admin tier', () => {
    const catalog = new ScopeCatalog(salesforce);
    expect([catalog.riskOf(['api']), catalog.riskOf(['full']), catalog.riskOf(['openid', 'id'])]).toEqual(['admin', 'admin', 'read']);
  });
});

describe('atlassian', () => {
  const atlassian = new ScopeCatalog(providerScopeCatalogs.atlassian);

  it('tiers a typical Jira integration as write with lasting access, and Jira administration as admin', () => {
    expect(atlassian.riskOf(['read:me', 'read:jira-work', 'write:jira-work', 'offline_access'])).toBe('write');
    expect(atlassian.isLasting('offline_access')).toBe(true);
    expect(atlassian.riskOf(['manage:jira-configuration'])).toBe('admin');
    expect(atlassian.riskOf(['read:confluence-content.all', 'search:confluence'])).toBe('read');
  });
});

describe('zoom', () => {
  const zoom = new ScopeCatalog(providerScopeCatalogs.zoom);

  it('tiers your own meetings as write and account-wide changes as admin, in granular and classic form', () => {
    expect(zoom.riskOf(['user:read:user', 'meeting:write:meeting'])).toBe('write');
    expect(zoom.riskOf(['meeting:read:meeting:admin'])).toBe('read');
    for (const id of ['meeting:write:meeting:admin', 'user:update:user:admin', 'user:write:admin', 'role:write:admin']) expect(zoom.riskOf([id])).toBe('admin');
  });

  it('cannot tell from the URL what the app was configured with', () => {
    expect(providerScopeCatalogs.zoom.noScope.risk).toBe('unknown');
  });
});

describe('x', () => {
  const x = new ScopeCatalog(providerScopeCatalogs.x);

  it('treats offline.access as lasting access and posting as write', () => {
    expect(x.isLasting('offline.access')).toBe(true);
    expect(x.riskOf(['tweet.read', 'users.read'])).toBe('read');
    expect(x.riskOf(['tweet.read', 'tweet.write', 'users.read'])).toBe('write');
  });
});

describe('facebook', () => {
  const facebook = new ScopeCatalog(providerScopeCatalogs.facebook);

  it('grants public_profile by default, and tiers posting as a Page as write and Business Manager as admin', () => {
    expect(providerScopeCatalogs.facebook.noScope.description).toMatch(/public_profile/);
    expect(facebook.riskOf(['public_profile', 'email'])).toBe('identity');
    expect(facebook.riskOf(['pages_show_list', 'pages_manage_posts'])).toBe('write');
    expect(facebook.riskOf(['ads_management', 'business_management'])).toBe('admin');
  });
});

describe('apple', () => {
  it('asks for at most your name and email', () => {
    const apple = new ScopeCatalog(providerScopeCatalogs.apple);
    expect(apple.riskOf(['name', 'email'])).toBe('identity');
    expect(providerScopeCatalogs.apple.noScope.risk).toBe('identity');
  });
});

describe('amazon', () => {
  it('knows the Login with Amazon profile scopes', () => {
    const amazon = new ScopeCatalog(providerScopeCatalogs.amazon);
    expect(amazon.riskOf(['profile', 'profile:user_id'])).toBe('identity');
    expect(amazon.riskOf(['postal_code'])).toBe('read');
  });
});

describe('oidc', () => {
  const oidc = providerScopeCatalogs.oidc;

  it('holds exactly the standard OpenID Connect scopes, with offline_access lasting', () => {
    expect(oidc.scopes.map((s) => s.id)).toEqual(['openid', 'profile', 'email', 'address', 'phone', 'offline_access']);
    expect(new ScopeCatalog(oidc).isLasting('offline_access')).toBe(true);
  });

  it('cannot tell what a server defaults to without a scope', () => {
    expect(oidc.noScope.risk).toBe('unknown');
  });
});
