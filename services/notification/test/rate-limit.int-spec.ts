import { eventually } from '../../../test/support/eventually.js';
import { startHarness, type Harness } from './support/harness.js';
import { invited } from './support/events.js';

/** EMAIL_RATE_PER_SECOND is the relay's quota: a wave of emails is spread out, never refused. */
describe('the global email rate limit', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('ratelimit', { EMAIL_RATE_PER_SECOND: '5' });
  }, 60_000);

  afterAll(() => h?.close());

  it('sends 15 emails at 5 per second in no less than three one-second windows, all of them', async () => {
    const events = Array.from({ length: 15 }, () => invited());
    const publishedAt = Date.now();
    for (const event of events) await h.publish('evaluation.invited', event);

    await eventually(() => expect(h.statuses().filter((s) => s.status === 'sent')).toHaveLength(15), 30_000);
    const received = h.smtp.messages().map((m) => Date.parse(m.receivedAt));
    expect(received).toHaveLength(15);
    // Five per window: the eleventh to fifteenth wait for the third window, two seconds on at least.
    expect(Math.max(...received) - publishedAt).toBeGreaterThanOrEqual(2000);
  });
});
