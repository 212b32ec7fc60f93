import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';

/** PdfService comes from the global PdfModule (AppModule). */
@Module({
  imports: [ResultsModule],
  controllers: [DocumentsController],
  providers: [DocumentsService],
})
export class DocumentsModule {}
