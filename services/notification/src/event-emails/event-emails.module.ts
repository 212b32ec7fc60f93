import { Module } from '@nestjs/common';
import { EventEmailsHandler } from './event-emails.handler.js';

@Module({ providers: [EventEmailsHandler] })
export class EventEmailsModule {}
