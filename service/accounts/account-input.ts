import { z } from 'zod';
import { displayText } from '../../shared/oauth/display-text.js';

/** An account name is shown to users on consent pages, so it follows the display-text rules. */
export const accountName = displayText(1, 100).describe('Account (organisation) name, 1-100 characters.');

/** The one place an email from a form, the API or the CLI is normalised. */
export const emailSchema = z.email('must be an email address').max(254).transform((e) => e.toLowerCase());
