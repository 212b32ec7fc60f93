import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module.js';
import { ReadModelService } from './read-model.service.js';

@Module({
  imports: [ResultsModule],
  providers: [ReadModelService],
})
export class ReadModelModule {}
