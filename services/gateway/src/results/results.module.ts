import { Module } from '@nestjs/common';
import { ResultsController } from './results.controller.js';

/** The console's results, analytics and exports (services/reporting). */
@Module({ controllers: [ResultsController] })
export class ResultsModule {}
