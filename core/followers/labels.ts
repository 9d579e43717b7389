import type { FollowService } from '../../api/followers';

/** The services' names as people know them (alerts and errors say these). */
export const SERVICE_LABEL: Record<FollowService, string> = { 'dexcom-share': 'Dexcom Share', librelinkup: 'LibreLinkUp', nightscout: 'Nightscout' };
