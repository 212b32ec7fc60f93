import type { ServiceDatabase } from '@evkin/platform';
import { EmailDelivery } from './deliveries/email-delivery.entity.js';
import { EmailDelivery1763870700000 } from './migrations/1763870700000-email-delivery.js';
import { EmailRemindersAndBatches1764000000000 } from './migrations/1764000000000-email-reminders-and-batches.js';

export const notificationDatabase: ServiceDatabase = {
  schema: 'notification',
  entities: [EmailDelivery],
  migrations: [EmailDelivery1763870700000, EmailRemindersAndBatches1764000000000],
};
