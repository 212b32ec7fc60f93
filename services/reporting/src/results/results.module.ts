import { Module } from '@nestjs/common';
import { ResultScorer } from './result-scorer.js';
import { ResultsController } from './results.controller.js';
import { ResultsService } from './results.service.js';

@Module({
  controllers: [ResultsController],
  providers: [ResultsService, ResultScorer],
  exports: [ResultsService, ResultScorer],
})
export class ResultsModule {}
