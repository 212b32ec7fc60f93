import { Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller.js';

/** The regulation catalogue, read-only (the editable Part 2 statements live in item-bank/). */
@Module({ controllers: [CatalogueController] })
export class CatalogueModule {}
