import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { Counter, Gauge } from 'prom-client';
import { MetricsService } from '@evkin/platform';
import { EMAIL_QUEUE, type EmailJob } from '../email-queue/email-queue.js';

/** Email figures on /metrics: outcomes by kind, and the Bull queue's depth by state. */
@Injectable()
export class EmailMetrics {
  readonly outcomes: Counter<'kind' | 'status'>;

  constructor(metrics: MetricsService, @InjectQueue(EMAIL_QUEUE) queue: Queue<EmailJob>) {
    this.outcomes = new Counter({
      name: 'evkin_emails_total',
      help: 'Emails by kind and final outcome (sent, failed, skipped: battery closed or assignment cancelled)',
      labelNames: ['kind', 'status'] as const,
      registers: [metrics.registry],
    });
    new Gauge({
      name: 'evkin_email_queue_jobs',
      help: 'Jobs in the email queue by state (waiting, active, delayed, failed)',
      labelNames: ['state'] as const,
      registers: [metrics.registry],
      async collect() {
        const counts = await queue.getJobCounts();
        for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) this.set({ state }, counts[state]);
      },
    });
  }
}
