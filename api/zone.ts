import { z } from 'zod';
import { isIanaTimeZone } from './observations';

/**
 * The `time_zone` a procedure reads local days and clock times in (`America/New_York`):
 * each instant at its own offset, so a local day runs midnight to midnight (23 or 25 hours
 * across a daylight-saving change). A name that is not one is a 400 naming it.
 */
export const RequestTimeZone = z
  .string()
  .max(64)
  .superRefine((tz, ctx) => {
    if (!isIanaTimeZone(tz)) ctx.addIssue({ code: 'custom', message: `"${tz}" is not an IANA time zone (e.g. America/New_York)` });
  });

/** For callers from before `time_zone`: one fixed clock this many minutes east of UTC. Ignored when `time_zone` is given. */
export const FixedUtcOffset = z.number().int().min(-840).max(840);
