import type { AdminActor, AdminRequest } from './admin.js';
import type { BankItem, BankItemInput, BankItemQuery, BankItemUpdate, CatalogueView } from '../dto/catalogue.js';
import type { BatteryInput, BatteryStatus, BatterySummary, BatteryView } from '../dto/battery.js';

/** Catalogue, item bank and batteries (services/assessment: catalogue/, item-bank/, batteries/). */
export interface AssessmentAdminRpc {
  'catalogue.get': { service: 'assessment'; request: Record<string, never>; response: CatalogueView };
  'items.list': { service: 'assessment'; request: AdminRequest<BankItemQuery>; response: BankItem[] };
  'items.create': { service: 'assessment'; request: AdminRequest<{ item: BankItemInput }>; response: BankItem };
  'items.update': {
    service: 'assessment';
    request: AdminRequest<{ id: string; changes: BankItemUpdate }>;
    response: BankItem;
  };
  // `AdminRequest` with no fields would intersect with Record<string, never>, which refuses `actor` itself.
  'batteries.list': { service: 'assessment'; request: { actor: AdminActor }; response: BatterySummary[] };
  'batteries.get': { service: 'assessment'; request: AdminRequest<{ id: string }>; response: BatteryView };
  'batteries.create': {
    service: 'assessment';
    request: AdminRequest<{ battery: BatteryInput }>;
    response: BatteryView;
  };
  'batteries.update': {
    service: 'assessment';
    request: AdminRequest<{ id: string; battery: BatteryInput }>;
    response: BatteryView;
  };
  'batteries.status': {
    service: 'assessment';
    request: AdminRequest<{ id: string; status: BatteryStatus }>;
    response: BatteryView;
  };
}
