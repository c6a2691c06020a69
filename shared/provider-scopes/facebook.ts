import type { ProviderScopeCatalog } from './provider-scope-catalog.js';

/**
 * Facebook Login permissions (Meta's permissions reference), which requests list in `scope`
 * separated by commas. Page, Instagram, ads and business permissions act on what you manage.
 */
export const facebookCatalog = {
  catalog: 'facebook',
  provider: 'Facebook',
  sources: [
    { title: 'Permissions Reference', url: 'https://developers.facebook.com/docs/permissions', retrieved: '2026-12-07' },
    { title: 'Facebook Login: permissions', url: 'https://developers.facebook.com/docs/facebook-login/guides/permissions', retrieved: '2026-12-07' },
  ],
  noScope: { risk: 'identity', description: 'Facebook grants public_profile by default: your name, profile picture and app-scoped user id.' },
  version: 1,
  scopes: [
    { id: 'public_profile', name: 'Public profile', category: 'Profile', description: 'Lets the app see your name, profile picture and an id for you in this app.', risk: 'identity' },
    { id: 'email', name: 'Email address', category: 'Profile', description: 'Lets the app see your primary email address.', risk: 'identity' },
    { id: 'user_age_range', name: 'Age range', category: 'Profile', description: 'Lets the app see your age range.', risk: 'read' },
    { id: 'user_birthday', name: 'Birthday', category: 'Profile', description: 'Lets the app see your birthday.', risk: 'read' },
    { id: 'user_gender', name: 'Gender', category: 'Profile', description: 'Lets the app see your gender.', risk: 'read' },
    { id: 'user_hometown', name: 'Hometown', category: 'Profile', description: 'Lets the app see your hometown.', risk: 'read' },
    { id: 'user_location', name: 'Current city', category: 'Profile', description: 'Lets the app see the city you live in.', risk: 'read' },
    { id: 'user_link', name: 'Profile link', category: 'Profile', description: 'Lets the app get a link to your Facebook profile.', risk: 'read' },
    { id: 'user_friends', name: 'Friends', category: 'Profile', description: 'Lets the app see which of your friends also use it.', risk: 'read' },
    { id: 'user_likes', name: 'Likes', category: 'Profile', description: 'Lets the app see the Pages and things you liked.', risk: 'read' },
    { id: 'user_photos', name: 'Photos', category: 'Profile', description: 'Lets the app see the photos you uploaded or were tagged in.', risk: 'read' },
    { id: 'user_videos', name: 'Videos', category: 'Profile', description: 'Lets the app see the videos you uploaded or were tagged in.', risk: 'read' },
    { id: 'user_posts', name: 'Posts', category: 'Profile', description: 'Lets the app read the posts on your timeline.', risk: 'read' },

    { id: 'pages_show_list', name: 'List your Pages', category: 'Pages', description: 'Lets the app see the Pages you manage.', risk: 'read' },
    { id: 'pages_read_engagement', name: 'Read Page content', category: 'Pages', description: 'Lets the app read the posts, photos, followers and insights of the Pages you manage.', risk: 'read' },
    { id: 'pages_read_user_content', name: 'Read visitor posts', category: 'Pages', description: "Lets the app read what people post and comment on the Pages you manage.", risk: 'read' },
    { id: 'pages_manage_posts', name: 'Post as your Pages', category: 'Pages', description: 'Lets the app create, change and delete posts of the Pages you manage.', risk: 'write' },
    { id: 'pages_manage_engagement', name: 'Moderate Page comments', category: 'Pages', description: 'Lets the app reply to, hide and delete comments on the Pages you manage.', risk: 'write' },
    { id: 'pages_manage_metadata', name: 'Page settings', category: 'Pages', description: 'Lets the app change the settings of the Pages you manage and subscribe to their events.', risk: 'write' },
    { id: 'pages_messaging', name: 'Page messages', category: 'Pages', description: 'Lets the app read and send Messenger messages as the Pages you manage.', risk: 'write' },
    { id: 'read_insights', name: 'Read insights', category: 'Pages', description: 'Lets the app read the insights of the Pages, apps and domains you manage.', risk: 'read' },
    { id: 'publish_video', name: 'Publish live video', category: 'Pages', description: 'Lets the app publish live videos to your profile, groups and Pages.', risk: 'write' },

    { id: 'instagram_basic', name: 'Instagram profile and media', category: 'Instagram', description: 'Lets the app read the profile and media of the Instagram accounts linked to your Pages.', risk: 'read' },
    { id: 'instagram_content_publish', name: 'Publish to Instagram', category: 'Instagram', description: 'Lets the app publish posts to the Instagram accounts linked to your Pages.', risk: 'write' },
    { id: 'instagram_manage_comments', name: 'Instagram comments', category: 'Instagram', description: 'Lets the app read, reply to, hide and delete comments on your Instagram accounts.', risk: 'write' },
    { id: 'instagram_manage_messages', name: 'Instagram messages', category: 'Instagram', description: 'Lets the app read and send direct messages of your Instagram accounts.', risk: 'write' },
    { id: 'instagram_manage_insights', name: 'Instagram insights', category: 'Instagram', description: 'Lets the app read the insights of your Instagram accounts.', risk: 'read' },

    { id: 'ads_read', name: 'Read ads', category: 'Ads and business', description: 'Lets the app read the ads and reports of the ad accounts you can access.', risk: 'read' },
    { id: 'ads_management', name: 'Manage ads', category: 'Ads and business', description: 'Lets the app create and change ads and spend the budgets of the ad accounts you manage.', risk: 'write' },
    { id: 'pages_manage_ads', name: 'Page ads', category: 'Ads and business', description: 'Lets the app create and manage ads for the Pages you manage.', risk: 'write' },
    { id: 'leads_retrieval', name: 'Download leads', category: 'Ads and business', description: 'Lets the app download the contact details people sent through your lead ads.', risk: 'read' },
    { id: 'catalog_management', name: 'Product catalogs', category: 'Ads and business', description: 'Lets the app create, change and delete the product catalogs of your business.', risk: 'write' },
    { id: 'business_management', name: 'Manage your business', category: 'Ads and business', description: 'Lets the app manage the assets of your Business Manager and who has access to them.', risk: 'admin' },
    { id: 'whatsapp_business_management', name: 'WhatsApp Business accounts', category: 'Ads and business', description: 'Lets the app manage the phone numbers, templates and settings of your WhatsApp Business accounts.', risk: 'write' },
    { id: 'whatsapp_business_messaging', name: 'WhatsApp messages', category: 'Ads and business', description: 'Lets the app send and receive WhatsApp messages as your business.', risk: 'write' },
  ],
} as const satisfies ProviderScopeCatalog;
