import type { ServiceDatabase } from '@evkin/platform';

/** Only the messaging tables so far; delivery status arrives with the notification issue. */
export const notificationDatabase: ServiceDatabase = { schema: 'notification', entities: [], migrations: [] };
