import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompletionsController } from './completions.controller.js';
import { CompletionsService } from './completions.service.js';
import { Completion, Submission } from './submission.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Completion, Submission])],
  controllers: [CompletionsController],
  providers: [CompletionsService],
})
export class CompletionsModule {}
