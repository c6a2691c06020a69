import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * Zoom OAuth scopes: the commonly requested granular scopes (`service:action:data`, apps created
 * since 2024) and classic scopes (older apps). `:admin` scopes reach every user of the account
 * and need an account admin; without the suffix a scope covers only your own data. Zoom's
 * authorization URL usually carries no scope: the app gets the scopes it configured.
 */
export const zoomCatalog = {
  catalog: 'zoom',
  provider: 'Zoom',
  sources: [
    { title: 'OAuth scopes overview (granular and classic scopes)', url: 'https://developers.zoom.us/docs/internal-apps/oauth-scopes-overview/', retrieved: '2026-12-07' },
    { title: 'OAuth for user authorized apps', url: 'https://developers.zoom.us/docs/integrations/oauth/', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'unknown', description: 'Zoom grants the scopes configured on the app, which its authorization URL usually does not list.' },
  version: 1,
  scopes: [
    { id: 'user:read:user', name: 'Your profile', category: 'Users', description: 'Lets the app see your Zoom profile.', risk: 'identity' },
    { id: 'user:read:email', name: 'Your email address', category: 'Users', description: 'Lets the app see the email address of your Zoom account.', risk: 'identity' },
    { id: 'user:read:user:admin', name: 'Read any user', category: 'Users', description: 'Lets the app see the profile of any user of your Zoom account.', risk: 'read' },
    { id: 'user:read:list_users:admin', name: 'List users', category: 'Users', description: 'Lets the app list every user of your Zoom account.', risk: 'read' },
    { id: 'user:write:user:admin', name: 'Create users', category: 'Users', description: 'Lets the app add users to your Zoom account.', risk: 'admin' },
    { id: 'user:update:user:admin', name: 'Change users', category: 'Users', description: 'Lets the app change the profile and settings of any user of your Zoom account.', risk: 'admin' },
    { id: 'user:delete:user:admin', name: 'Delete users', category: 'Users', description: 'Lets the app remove users from your Zoom account.', risk: 'admin' },

    { id: 'meeting:read:meeting', name: 'Read a meeting', category: 'Meetings', description: 'Lets the app see the details of your meetings, including join links and passcodes.', risk: 'read' },
    { id: 'meeting:read:list_meetings', name: 'List your meetings', category: 'Meetings', description: 'Lets the app list your scheduled meetings.', risk: 'read' },
    { id: 'meeting:write:meeting', name: 'Create meetings', category: 'Meetings', description: 'Lets the app schedule meetings for you.', risk: 'write' },
    { id: 'meeting:update:meeting', name: 'Change meetings', category: 'Meetings', description: 'Lets the app change your meetings.', risk: 'write' },
    { id: 'meeting:delete:meeting', name: 'Delete meetings', category: 'Meetings', description: 'Lets the app delete your meetings.', risk: 'write' },
    { id: 'meeting:read:local_recording_token', name: 'Local recording token', category: 'Meetings', description: 'Lets the app get a token to record your meetings locally without asking the host.', risk: 'read' },
    { id: 'meeting:read:meeting:admin', name: "Read anyone's meetings", category: 'Meetings', description: 'Lets the app see the meetings of any user of your Zoom account.', risk: 'read' },
    { id: 'meeting:write:meeting:admin', name: 'Create meetings for anyone', category: 'Meetings', description: 'Lets the app schedule meetings for any user of your Zoom account.', risk: 'admin' },

    { id: 'cloud_recording:read:list_user_recordings', name: 'List your recordings', category: 'Recordings', description: 'Lets the app list your cloud recordings.', risk: 'read' },
    { id: 'cloud_recording:read:recording', name: 'Read your recordings', category: 'Recordings', description: 'Lets the app watch and download your cloud recordings and transcripts.', risk: 'read' },
    { id: 'cloud_recording:delete:recording_file', name: 'Delete recordings', category: 'Recordings', description: 'Lets the app delete your cloud recording files.', risk: 'write' },
    { id: 'cloud_recording:read:list_user_recordings:admin', name: "List anyone's recordings", category: 'Recordings', description: 'Lets the app list the cloud recordings of any user of your Zoom account.', risk: 'read' },
    { id: 'cloud_recording:read:recording:admin', name: "Read anyone's recordings", category: 'Recordings', description: 'Lets the app watch and download the cloud recordings of any user of your Zoom account.', risk: 'read' },

    { id: 'team_chat:read:list_user_channels', name: 'List your chat channels', category: 'Team Chat', description: 'Lets the app list your Team Chat channels.', risk: 'read' },
    { id: 'team_chat:read:list_user_messages', name: 'Read your chat messages', category: 'Team Chat', description: 'Lets the app read your Team Chat messages.', risk: 'read' },
    { id: 'team_chat:write:user_message', name: 'Send chat messages', category: 'Team Chat', description: 'Lets the app send Team Chat messages as you.', risk: 'write' },

    { id: 'user:read', name: 'Your profile (classic)', category: 'Classic scopes', description: 'Lets the app see your Zoom profile.', risk: 'identity' },
    { id: 'user_info:read', name: 'Your user info (classic)', category: 'Classic scopes', description: 'Lets the app see your name, email address and account id.', risk: 'identity' },
    { id: 'user_profile', name: 'Your profile data (classic)', category: 'Classic scopes', description: 'Lets the app see your Zoom profile.', risk: 'identity' },
    { id: 'user:write', name: 'Edit your profile (classic)', category: 'Classic scopes', description: 'Lets the app change your Zoom profile and settings.', risk: 'write' },
    { id: 'meeting:read', name: 'Read your meetings (classic)', category: 'Classic scopes', description: 'Lets the app see your meetings, including join links and passcodes.', risk: 'read' },
    { id: 'meeting:write', name: 'Manage your meetings (classic)', category: 'Classic scopes', description: 'Lets the app schedule, change and delete your meetings.', risk: 'write' },
    { id: 'recording:read', name: 'Read your recordings (classic)', category: 'Classic scopes', description: 'Lets the app watch and download your cloud recordings.', risk: 'read' },
    { id: 'recording:write', name: 'Manage your recordings (classic)', category: 'Classic scopes', description: 'Lets the app change and delete your cloud recordings.', risk: 'write' },
    { id: 'webinar:read', name: 'Read your webinars (classic)', category: 'Classic scopes', description: 'Lets the app see your webinars and their registrants.', risk: 'read' },
    { id: 'webinar:write', name: 'Manage your webinars (classic)', category: 'Classic scopes', description: 'Lets the app schedule, change and delete your webinars.', risk: 'write' },
    { id: 'chat_message:read', name: 'Read chat messages (classic)', category: 'Classic scopes', description: 'Lets the app read your chat messages.', risk: 'read' },
    { id: 'chat_message:write', name: 'Send chat messages (classic)', category: 'Classic scopes', description: 'Lets the app send, change and delete chat messages as you.', risk: 'write' },
    { id: 'chat_channel:read', name: 'Read chat channels (classic)', category: 'Classic scopes', description: 'Lets the app see your chat channels.', risk: 'read' },
    { id: 'chat_channel:write', name: 'Manage chat channels (classic)', category: 'Classic scopes', description: 'Lets the app create, change and delete your chat channels and their members.', risk: 'write' },
    { id: 'contact:read', name: 'Read contacts (classic)', category: 'Classic scopes', description: 'Lets the app see your Zoom contacts.', risk: 'read' },
    { id: 'user:read:admin', name: 'Read all users (classic)', category: 'Classic admin scopes', description: 'Lets the app see every user of your Zoom account.', risk: 'read' },
    { id: 'user:write:admin', name: 'Manage all users (classic)', category: 'Classic admin scopes', description: 'Lets the app add, change and delete users of your Zoom account.', risk: 'admin' },
    { id: 'meeting:read:admin', name: 'Read all meetings (classic)', category: 'Classic admin scopes', description: 'Lets the app see the meetings of every user of your Zoom account.', risk: 'read' },
    { id: 'meeting:write:admin', name: 'Manage all meetings (classic)', category: 'Classic admin scopes', description: 'Lets the app schedule, change and delete meetings of every user of your Zoom account.', risk: 'admin' },
    { id: 'recording:read:admin', name: 'Read all recordings (classic)', category: 'Classic admin scopes', description: 'Lets the app watch and download the recordings of every user of your Zoom account.', risk: 'read' },
    { id: 'recording:write:admin', name: 'Manage all recordings (classic)', category: 'Classic admin scopes', description: 'Lets the app change and delete the recordings of every user of your Zoom account.', risk: 'admin' },
    { id: 'webinar:write:admin', name: 'Manage all webinars (classic)', category: 'Classic admin scopes', description: 'Lets the app schedule, change and delete the webinars of every user of your Zoom account.', risk: 'admin' },
    { id: 'report:read:admin', name: 'Read reports (classic)', category: 'Classic admin scopes', description: 'Lets the app read the usage, meeting and sign-in reports of your Zoom account.', risk: 'read' },
    { id: 'account:read:admin', name: 'Read account (classic)', category: 'Classic admin scopes', description: 'Lets the app see the settings of your Zoom account.', risk: 'read' },
    { id: 'account:write:admin', name: 'Manage account (classic)', category: 'Classic admin scopes', description: 'Lets the app change the settings of your Zoom account.', risk: 'admin' },
    { id: 'role:write:admin', name: 'Manage roles (classic)', category: 'Classic admin scopes', description: 'Lets the app create roles and assign them to users of your Zoom account.', risk: 'admin' },
    { id: 'group:write:admin', name: 'Manage groups (classic)', category: 'Classic admin scopes', description: 'Lets the app create groups and change who is in them.', risk: 'admin' },
    { id: 'phone:write:admin', name: 'Manage Zoom Phone (classic)', category: 'Classic admin scopes', description: 'Lets the app change the phone users, numbers and call settings of your Zoom account.', risk: 'admin' },
  ],
} as const satisfies ProviderScopeCatalog;
