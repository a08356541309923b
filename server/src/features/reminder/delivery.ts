import type { Logger } from 'pino';
import type { Reminder } from './reminder.entity.js';

/**
 * Where reminders go once committed. Today they are records units read (`reminders`, `myReminders`);
 * the notifications feature plugs in here to deliver them to each member of the unit.
 */
export interface ReminderDelivery {
  deliver(reminders: Reminder[]): Promise<void>;
}

export function logDelivery(log: Logger): ReminderDelivery {
  return {
    async deliver(reminders) {
      if (reminders.length) log.info({ count: reminders.length, ids: reminders.map((r) => r.id) }, 'reminders sent');
    },
  };
}
