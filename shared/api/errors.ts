import { z } from 'zod';

/**
 * Every error body of the API (RFC 6749 §5.2 shape, also used by the management API). `error`
 * stays a string on the wire so an older extension still reads a code added later; switch on
 * `apiErrorCode(body.error)` (shared/errors) for the known ones.
 */
export const ApiError = z
  .object({
    error: z.string().describe('Stable error code, e.g. `invalid_request`.'),
    error_description: z.string().describe('ASCII text safe to show (RFC 6749 §5.2 charset).'),
    field: z.string().optional().describe('The request field the error is about.'),
    unmet: z
      .array(z.string())
      .optional()
      .describe('With `precondition_failed`: every prerequisite that is not met (e.g. making a client public).'),
  })
  .describe('An error.');
export type ApiError = z.infer<typeof ApiError>;
