import { Module } from '@nestjs/common';
import { EmailStatusHandler } from './email-status.handler.js';

@Module({ providers: [EmailStatusHandler] })
export class EmailStatusModule {}
