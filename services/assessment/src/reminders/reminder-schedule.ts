import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import { RemindersService } from './reminders.service.js';

/** Checks the reminder schedule periodically; every replica may run it (rounds are unique per day). */
@Injectable()
export class ReminderSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderSchedule.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly reminders: RemindersService,
    @Inject(ASSESSMENT_ENV) private readonly env: AssessmentEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.env.REMINDER_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running !== null) return;
    this.running = this.reminders
      .runDue()
      .then((rounds) => {
        if (rounds > 0) this.logger.log(`reminder rounds run: ${rounds}`);
      })
      .catch((error: unknown) => this.logger.error(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        this.running = null;
      });
  }
}
