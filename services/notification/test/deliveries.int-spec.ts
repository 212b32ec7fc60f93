import { DataSource } from 'typeorm';
import { MetricsService } from '@evkin/platform';
import { eventually } from '../../../test/support/eventually.js';
import { startHarness, type Harness } from './support/harness.js';
import { invited } from './support/events.js';

const to = (email: string) => ({ name: 'Rater', email, language: 'id' as const, position: null });

/** Delivery against an SMTP server that misbehaves: retries, permanent failures, their reasons. */
describe('email delivery', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness(
      'notify',
      { EMAIL_MAX_ATTEMPTS: '4', EMAIL_RETRY_DELAY_MS: '20' },
      {
        refuse: (address, attempt) => {
          if (address === 'flaky@example.go.id' && attempt <= 2) return { code: 451, message: '4.3.0 try again later' };
          if (address === 'gone@example.go.id') return { code: 550, message: '5.1.1 mailbox unavailable' };
          if (address === 'busy@example.go.id') return { code: 421, message: '4.7.0 too busy, try later' };
          return undefined;
        },
      },
    );
  }, 60_000);

  afterAll(() => h?.close());

  it('sends each invitation once, retries transient refusals and reports permanent ones with the SMTP reason', async () => {
    const ok = invited({ role: 'supervisor', rater: to('ok@example.go.id') });
    const flaky = invited({ rater: to('flaky@example.go.id') });
    const gone = invited({ role: 'service_user', rater: to('gone@example.go.id') });
    await h.publish('evaluation.invited', ok);
    await h.publish('evaluation.invited', ok); // the broker may deliver an event twice
    await h.publish('evaluation.invited', flaky);
    await h.publish('evaluation.invited', gone);

    await eventually(() => expect(h.statuses()).toHaveLength(3), 20_000);
    const byAddress = Object.fromEntries(h.statuses().map((s) => [s.to, s]));
    expect(byAddress['ok@example.go.id']).toMatchObject({
      status: 'sent',
      attempts: 1,
      reason: null,
      kind: 'invitation',
      sourceEventId: ok.id,
      assignmentId: ok.data.assignmentId,
    });
    expect(byAddress['flaky@example.go.id']).toMatchObject({ status: 'sent', attempts: 3 });
    expect(byAddress['gone@example.go.id']).toMatchObject({ status: 'failed', attempts: 1 });
    expect(byAddress['gone@example.go.id']!.reason).toContain('550');

    expect(h.mailTo('ok@example.go.id')).toHaveLength(1);
    expect(h.mailTo('flaky@example.go.id')).toHaveLength(1);
    expect(h.mailTo('gone@example.go.id')).toHaveLength(0);
    expect(h.mailTo('ok@example.go.id')[0]!.text).toContain(ok.data.links.start);

    const db = h.app.get(DataSource);
    const rows: { to_address: string; status: string; attempts: number; last_error: string | null }[] = await db.query(
      'SELECT to_address, status, attempts, last_error FROM notification.email_delivery ORDER BY to_address',
    );
    expect(rows).toEqual([
      { to_address: 'flaky@example.go.id', status: 'sent', attempts: 3, last_error: null },
      {
        to_address: 'gone@example.go.id',
        status: 'failed',
        attempts: 1,
        last_error: expect.stringContaining('mailbox unavailable') as string,
      },
      { to_address: 'ok@example.go.id', status: 'sent', attempts: 1, last_error: null },
    ]);
    // The bodies carry link tokens: none is kept once the email is done with.
    expect(
      await db.query(
        "SELECT count(*)::int AS n FROM notification.email_delivery WHERE text_body <> '' OR html_body <> ''",
      ),
    ).toEqual([{ n: 0 }]);
    const figures = await h.app.get(MetricsService).registry.getSingleMetricAsString('evkin_emails_total');
    expect(figures).toContain('evkin_emails_total{kind="invitation",status="sent",service="notification"} 2');
    expect(figures).toContain('evkin_emails_total{kind="invitation",status="failed",service="notification"} 1');
  });

  it('reports a failure after the configured attempts when the server keeps refusing', async () => {
    const busy = invited({ rater: to('busy@example.go.id') });
    await h.publish('evaluation.invited', busy);
    const status = await eventually(() => {
      const found = h.statuses().find((s) => s.to === 'busy@example.go.id');
      expect(found).toBeDefined();
      return found!;
    }, 20_000);
    expect(status).toMatchObject({ status: 'failed', attempts: 4, sourceEventId: busy.id });
    expect(status.reason).toContain('421');
    expect(h.mailTo('busy@example.go.id')).toHaveLength(0);
  });
});
