import { z } from 'zod';
import { displayText } from '../../shared/oauth/display-text.js';
import { emailSchema } from './account-input.js';
import type { SignupField } from '../ui/pages/signup-page.js';

/** 12+ characters (NIST SP 800-63B §3.1.1.2 allows ≥ 8; we ask more), capped so hashing stays cheap. */
export const newPasswordSchema = z.string().min(12, 'Password must be at least 12 characters.').max(256, 'Password must be at most 256 characters.');

/**
 * The sign-up form. The name is capped at 80 so "<name>'s account" fits the 100-character
 * account name; it is display text (no control or bidi characters) as it appears to others.
 */
const signupSchema = z
  .object({
    name: displayText(1, 80),
    email: emailSchema,
    password: newPasswordSchema,
  })
  .refine((v) => v.password.trim().toLowerCase() !== v.email, { path: ['password'], message: 'Password must not be your email address.' });

export type SignupInput = z.output<typeof signupSchema>;

const MESSAGES: Record<SignupField, string> = {
  name: 'Name is required: 1 to 80 characters, no control characters.',
  email: 'Email must be a valid email address.',
  password: 'Password must be at least 12 characters.',
};

/** Validates the form; on failure, one message per field, each naming what to fix. */
export function parseSignup(input: Partial<Record<SignupField, string>>): { ok: true; value: SignupInput } | { ok: false; errors: Partial<Record<SignupField, string>> } {
  const r = signupSchema.safeParse({ name: input.name ?? '', email: input.email?.trim() ?? '', password: input.password ?? '' });
  if (r.success) return { ok: true, value: r.data };
  const errors: Partial<Record<SignupField, string>> = {};
  for (const issue of r.error.issues) {
    const field = issue.path[0] as SignupField;
    errors[field] ??= field === 'password' ? issue.message : MESSAGES[field];
  }
  return { ok: false, errors };
}
