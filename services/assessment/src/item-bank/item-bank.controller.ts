import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type BankItem, type RpcRequest } from '@evkin/contracts';
import { ItemBankService } from './item-bank.service.js';

@Controller()
export class ItemBankController {
  constructor(private readonly items: ItemBankService) {}

  @MessagePattern(rpcPattern('items.list'))
  list(@Payload() request: RpcRequest<'items.list'>): Promise<BankItem[]> {
    return this.items.list(request);
  }

  @MessagePattern(rpcPattern('items.create'))
  create(@Payload() request: RpcRequest<'items.create'>): Promise<BankItem> {
    return this.items.create(request.actor, request.item);
  }

  @MessagePattern(rpcPattern('items.update'))
  update(@Payload() request: RpcRequest<'items.update'>): Promise<BankItem> {
    return this.items.update(request.actor, request.id, request.changes);
  }
}
