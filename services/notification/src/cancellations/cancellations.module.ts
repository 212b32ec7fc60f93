import { Module } from '@nestjs/common';
import { CancellationsHandler } from './cancellations.handler.js';

@Module({ providers: [CancellationsHandler] })
export class CancellationsModule {}
