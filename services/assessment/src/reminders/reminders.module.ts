import { Module } from '@nestjs/common';
import { ReminderSchedule } from './reminder-schedule.js';
import { RemindersController } from './reminders.controller.js';
import { RemindersService } from './reminders.service.js';

@Module({ controllers: [RemindersController], providers: [RemindersService, ReminderSchedule] })
export class RemindersModule {}
