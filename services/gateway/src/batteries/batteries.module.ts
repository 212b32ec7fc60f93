import { Module } from '@nestjs/common';
import { BatteriesController } from './batteries.controller.js';
import { CatalogueController } from './catalogue.controller.js';
import { ItemBankController } from './item-bank.controller.js';

/** The console's catalogue, item bank and batteries: each route one call to the assessment service. */
@Module({ controllers: [CatalogueController, ItemBankController, BatteriesController] })
export class BatteriesModule {}
