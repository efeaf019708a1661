import nodemailer from 'nodemailer';

/**
 * E-mail of reminders. The SMTP server comes from `SMTP_URL` (e.g. smtp://user:pass@mail.example:587), read at send
 * time so an operator (or a test) can switch it on without rebuilding the app; unset means no e-mail is attempted.
 */

export interface MailMessage { to: readonly string[]; subject: string; text: string }

/** True when reminders can be e-mailed at all. */
export function mailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/** Sends one message; rejects when the server refuses or cannot be reached, so the caller records "failed". */
export async function sendMail(m: MailMessage): Promise<void> {
  const transport = nodemailer.createTransport({
    url: process.env.SMTP_URL!,
    // A reminder must not hold its request for minutes when the mail server is down.
    connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000,
  } as nodemailer.TransportOptions);
  try {
    await transport.sendMail({
      from: process.env.SMTP_FROM ?? 'danvan <no-reply@danvan.local>',
      to: [...m.to],
      subject: m.subject,
      text: m.text,
    });
  } finally {
    transport.close();
  }
}
