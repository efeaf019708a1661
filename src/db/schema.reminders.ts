import type { ColumnType, Generated, Selectable } from 'kysely';

/** Tables of reminders and notifications (migration 0003). Dates are 'yyyy-mm-dd' strings, read back with `::text`. */
type Timestamp = Date;
type DateText = ColumnType<string, string, string>;

export type ReminderChannel = 'in_app' | 'email' | 'letter';
export type EmailStatus = 'sent' | 'failed' | 'skipped';

export interface ReminderTable {
  id: Generated<number>;
  requirement_id: number;
  created_by: number;
  channels: ReminderChannel[];
  message: Generated<string>;
  letter_number: string | null;
  letter_symbol: string | null;
  created_at: Generated<Timestamp>;
}

export interface ReminderRecipientTable {
  reminder_id: number;
  unit_id: number;
  deadline: DateText;
  email_status: EmailStatus | null;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  title: string;
  body: Generated<string>;
  link: string | null;
  read_at: Timestamp | null;
  created_at: Generated<Timestamp>;
}

export interface ReminderTables {
  reminder: ReminderTable;
  reminder_recipient: ReminderRecipientTable;
  notification: NotificationTable;
}

export type ReminderRow = Selectable<ReminderTable>;
export type NotificationRow = Selectable<NotificationTable>;

// The account's e-mail address (migration 0003), merged into the foundation's table type; optional on insert.
declare module './schema' {
  interface AppUserTable {
    email: ColumnType<string | null, string | null | undefined, string | null>;
  }
}
