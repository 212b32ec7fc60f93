import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { rpcPattern, type CatalogueView } from '@evkin/contracts';
import { CATALOGUE } from '@evkin/catalogue';
import { toCatalogueView } from './catalogue-view.js';

// The catalogue is code, checked at import: computing its view once serves every caller.
const VIEW: CatalogueView = toCatalogueView(CATALOGUE);

@Controller()
export class CatalogueController {
  @MessagePattern(rpcPattern('catalogue.get'))
  get(): CatalogueView {
    return VIEW;
  }
}
