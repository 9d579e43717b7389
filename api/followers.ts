import { z } from 'zod';
import { on } from './access';
import { Ok, procedure } from './define';
import { SubjectRef } from './schemas';

/**
 * Followers: the hub polls a vendor's cloud for a person who uses the vendor's own phone
 * app (Dexcom Share, LibreLinkUp) or another Nightscout site, every few minutes, and
 * stores what it finds through the same ingest as every other source. README "Connect
 * your sensors" says how to set one up. Passwords go in, never out: they are kept
 * sealed with the install's key.
 */

export const FOLLOW_SERVICES = ['dexcom-share', 'librelinkup', 'nightscout'] as const;
export const FollowService = z.enum(FOLLOW_SERVICES);
export type FollowService = z.infer<typeof FollowService>;

/**
 * Where the vendor keeps the account. Dexcom Share: `us` (share2.dexcom.com) or `ous`
 * (`eu` is the same, shareous1.dexcom.com). LibreLinkUp: the LibreView region
 * (`us`, `eu`, `de`, `fr`, `ca`, `au`, `ap`, `ae`, `jp`, `eu2`); absent, the global
 * address, which answers with the account's region.
 */
export const FollowRegion = z.enum(['us', 'ous', 'eu', 'eu2', 'de', 'fr', 'ca', 'au', 'ap', 'ae', 'jp']);
export type FollowRegion = z.infer<typeof FollowRegion>;

const Server = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'an http:// or https:// address, e.g. https://my-site.example.org' })
  .transform((s) => s.replace(/\/+$/, ''));

export const FollowerConfig = SubjectRef.extend({
  service: FollowService,
  /** The account's user name or e-mail (Nightscout: any label; the site is `server`). */
  username: z.string().trim().min(1, { message: 'user name is required' }).max(200),
  /** Dexcom/LibreLinkUp: the account's password. Nightscout: the site's API secret or an access token. */
  password: z.string().min(1, { message: 'password is required' }).max(500),
  region: FollowRegion.optional(),
  /** Replaces the vendor's address (a regional server, a test server); required for Nightscout. */
  server: Server.optional(),
});
export type FollowerConfig = z.infer<typeof FollowerConfig>;

export const FollowerRef = SubjectRef.extend({ service: FollowService });

/** One follower as the app shows it (never the password). Times ISO 8601 UTC. */
export const FollowerStatus = z.object({
  subject_id: z.string(),
  service: FollowService,
  username: z.string(),
  region: z.string().nullable(),
  server: z.string().nullable(),
  /** The last poll that worked. */
  last_success_at: z.string().nullable(),
  /** The newest reading stored from this follower: the next poll asks for what came after. */
  last_reading_at: z.string().nullable(),
  /** Why the last poll failed; null once one succeeds. */
  last_error: z.string().nullable(),
  last_error_at: z.string().nullable(),
  /** Failing without a success since then; past the person's stale limit, a `follower_stopped` alert stands. */
  failing_since: z.string().nullable(),
  next_poll_at: z.string().nullable(),
});
export type FollowerStatus = z.infer<typeof FollowerStatus>;

/** What one poll did. */
export const FollowResult = z.object({
  imported: z.number().int(),
  duplicates: z.number().int(),
  follower: FollowerStatus,
});
export type FollowResult = z.infer<typeof FollowResult>;

export const followersProcedures = {
  'followers.list': procedure(SubjectRef, z.object({ items: z.array(FollowerStatus) }), on('read')),
  /**
   * Adds or replaces a person's follower of one service and polls it once. A password
   * the service refuses is a 400 naming `password`, and nothing is stored; any other
   * failure (the service down, 429) is stored as the follower's `last_error`, and the
   * hub tries again.
   */
  'followers.configure': procedure(FollowerConfig, FollowResult, on('manage')),
  'followers.remove': procedure(FollowerRef, Ok, on('manage')),
  /** Polls now, whatever the schedule. */
  'followers.poll': procedure(FollowerRef, FollowResult, on('write')),
};
