import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * GitLab's OAuth application scopes, the same on GitLab.com and self-managed instances. A scope
 * reaches every group and project the user can reach; `sudo` and `admin_mode` only matter when
 * the user is an instance administrator, and then they are the whole instance.
 */
export const gitlabCatalog = {
  catalog: 'gitlab',
  provider: 'GitLab',
  sources: [
    { title: 'Configure GitLab as an OAuth 2.0 authentication identity provider', url: 'https://docs.gitlab.com/integration/oauth_provider/', retrieved: '2026-12-07' },
    { title: 'Access token scopes', url: 'https://docs.gitlab.com/security/tokens/access_token_scopes/', retrieved: '2026-12-07' },
    { title: 'GitLab as an OpenID Connect identity provider', url: 'https://docs.gitlab.com/integration/openid_connect_provider/', retrieved: '2026-12-07' },
    { title: 'gitlab-org/gitlab lib/gitlab/auth.rb (DEFAULT_SCOPES for OAuth applications)', url: 'https://gitlab.com/gitlab-org/gitlab/-/blob/master/lib/gitlab/auth.rb', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'admin', description: 'GitLab falls back to its default scope, api (full read and write access to the API as you), when the app is registered for it.' },
  version: 1,
  scopes: [
    { id: 'openid', name: 'Sign you in', category: 'Sign-in', description: 'Lets the app sign you in with your GitLab account and see your user id.', risk: 'identity', protocol: true },
    { id: 'profile', name: 'Basic profile', category: 'Sign-in', description: 'Lets the app see your name, username, avatar and profile links.', risk: 'identity', protocol: true },
    { id: 'email', name: 'Email address', category: 'Sign-in', description: 'Lets the app see your primary email address.', risk: 'identity', protocol: true },
    { id: 'read_user', name: 'Read your profile', category: 'Sign-in', description: 'Lets the app read your profile, username, public email and full name.', risk: 'identity' },

    { id: 'api', name: 'Full API access', category: 'API', description: 'Lets the app read and change everything you can reach through the API: groups, projects, registries and settings.', risk: 'admin' },
    { id: 'read_api', name: 'Read the API', category: 'API', description: 'Lets the app read every group and project you can access, with their registries and packages.', risk: 'read' },
    { id: 'self_rotate', name: 'Rotate its token', category: 'API', description: 'Lets the app replace its own access token with a new one.', risk: 'write' },

    { id: 'read_repository', name: 'Read repositories', category: 'Repositories', description: 'Lets the app clone and read the code of every repository you can access.', risk: 'read' },
    { id: 'write_repository', name: 'Write repositories', category: 'Repositories', description: 'Lets the app push code to every repository you can push to.', risk: 'write' },
    { id: 'read_registry', name: 'Read container registry', category: 'Registries', description: 'Lets the app pull container images from the registries of projects you can access.', risk: 'read' },
    { id: 'write_registry', name: 'Write container registry', category: 'Registries', description: 'Lets the app push container images to the registries of projects you can access.', risk: 'write' },
    { id: 'read_virtual_registry', name: 'Read virtual registries', category: 'Registries', description: 'Lets the app pull packages and images through the virtual registries you can access.', risk: 'read' },
    { id: 'write_virtual_registry', name: 'Write virtual registries', category: 'Registries', description: 'Lets the app push to and change the virtual registries you can access.', risk: 'write' },

    { id: 'create_runner', name: 'Create runners', category: 'CI/CD', description: 'Lets the app register CI runners, which then receive jobs and their secrets.', risk: 'write' },
    { id: 'manage_runner', name: 'Manage runners', category: 'CI/CD', description: 'Lets the app change and remove the CI runners you manage.', risk: 'write' },
    { id: 'k8s_proxy', name: 'Kubernetes', category: 'CI/CD', description: 'Lets the app call Kubernetes clusters as you through the GitLab agent for Kubernetes.', risk: 'write' },
    { id: 'ai_features', name: 'GitLab Duo', category: 'CI/CD', description: 'Lets the app use GitLab Duo AI features as you.', risk: 'write' },

    { id: 'sudo', name: 'Act as any user', category: 'Administration', description: 'Lets the app call the API as any user of the instance, when you are an administrator.', risk: 'admin' },
    { id: 'admin_mode', name: 'Admin Mode', category: 'Administration', description: 'Lets the app use the administrator API while Admin Mode is on, when you are an administrator.', risk: 'admin' },
    { id: 'read_service_ping', name: 'Read Service Ping', category: 'Administration', description: 'Lets the app download the usage data of the instance, when you are an administrator.', risk: 'read' },
  ],
} as const satisfies ProviderScopeCatalog;
