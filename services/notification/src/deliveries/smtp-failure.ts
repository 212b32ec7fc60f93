/** What nodemailer tells us about a failed send, reduced to what decides a retry. */
export interface SmtpFailure {
  permanent: boolean;
  reason: string;
}

/**
 * 5xx replies (mailbox unknown, message refused) will fail the same way again: give up at once
 * and show the reason. Everything else — 4xx replies, refused or dropped connections, timeouts —
 * is transient and retried with backoff.
 */
export function classifySmtpFailure(error: unknown): SmtpFailure {
  const details = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const reason = (details.response ?? details.message ?? String(error)).slice(0, 500);
  const permanent =
    typeof details.responseCode === 'number' && details.responseCode >= 500 && details.responseCode < 600;
  return { permanent, reason };
}
