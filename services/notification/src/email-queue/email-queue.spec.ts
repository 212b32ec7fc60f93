import { batchPlan, MAX_BATCH } from './email-queue.js';

describe('batches under a rate limit', () => {
  it('uses full batches when there is no cap', () => {
    expect(batchPlan({ EMAIL_RATE_PER_SECOND: 0 })).toEqual({ size: MAX_BATCH, jobsPerSecond: 0 });
  });

  it.each([1, 3, 5, 7, 10, 13, 100, 250, 1000, 1009])('never lets %i emails/s become more', (rate) => {
    const { size, jobsPerSecond } = batchPlan({ EMAIL_RATE_PER_SECOND: rate });
    expect(Number.isInteger(jobsPerSecond)).toBe(true);
    expect(size * jobsPerSecond).toBe(rate);
    expect(size).toBeLessThanOrEqual(MAX_BATCH);
  });

  it('spreads a second over several jobs instead of one burst', () => {
    expect(batchPlan({ EMAIL_RATE_PER_SECOND: 100 })).toEqual({ size: 20, jobsPerSecond: 5 });
  });
});
