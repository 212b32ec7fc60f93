import { Module } from '@nestjs/common';
import { ItemBankController } from './item-bank.controller.js';
import { ItemBankService } from './item-bank.service.js';

/** The editable Part 2 item bank. Needs the global AuditModule. */
@Module({ controllers: [ItemBankController], providers: [ItemBankService] })
export class ItemBankModule {}
