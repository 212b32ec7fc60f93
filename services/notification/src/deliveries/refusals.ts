/**
 * Why an email that was accepted must still not go out. Checked when a job claims the email,
 * right before its SMTP attempt; reported on the monitoring page as a failure with this reason.
 */
export const REFUSALS = {
  cancelled: 'not sent: the assignment was cancelled (rater replaced)',
  closed: 'not sent: the battery closed before the email could be sent',
} as const;

export type Refusal = keyof typeof REFUSALS;
