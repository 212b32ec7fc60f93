import type { Routes } from '@angular/router';
import type { TranslationKey } from '../../core/i18n/id';
import { provideAdminConsole } from './shared/admin-http';

/** The console's pages, each loaded on first visit, inside the shell (which asks for sign-in first). */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: provideAdminConsole(),
    loadComponent: () => import('./shell/admin-shell').then((m) => m.AdminShell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
      },
      {
        path: 'batteries',
        title: 'admin.nav.batteries' satisfies TranslationKey,
        loadComponent: () => import('./batteries/battery-list-page').then((m) => m.BatteryListPage),
      },
      {
        path: 'batteries/new',
        title: 'admin.battery.newTitle' satisfies TranslationKey,
        loadComponent: () => import('./batteries/battery-editor-page').then((m) => m.BatteryEditorPage),
      },
      {
        path: 'batteries/:id',
        title: 'admin.battery.editTitle' satisfies TranslationKey,
        loadComponent: () => import('./batteries/battery-editor-page').then((m) => m.BatteryEditorPage),
      },
      {
        path: 'item-bank',
        title: 'admin.nav.itemBank' satisfies TranslationKey,
        loadComponent: () => import('./item-bank/item-bank-page').then((m) => m.ItemBankPage),
      },
      {
        path: 'participants',
        title: 'admin.nav.participants' satisfies TranslationKey,
        loadComponent: () => import('./participants/participant-list-page').then((m) => m.ParticipantListPage),
      },
      {
        path: 'participants/import',
        title: 'admin.import.title' satisfies TranslationKey,
        loadComponent: () => import('./participants/import-wizard-page').then((m) => m.ImportWizardPage),
      },
      {
        path: 'results',
        title: 'admin.nav.results' satisfies TranslationKey,
        loadComponent: () => import('./results/results-page').then((m) => m.ResultsPage),
      },
      {
        path: 'results/:participantId',
        title: 'admin.result.title' satisfies TranslationKey,
        loadComponent: () => import('./results/participant-result-page').then((m) => m.ParticipantResultPage),
      },
      {
        path: 'directorate-report',
        title: 'admin.nav.directorateReport' satisfies TranslationKey,
        loadComponent: () =>
          import('./directorate-report/directorate-report-page').then((m) => m.DirectorateReportPage),
      },
      {
        path: 'audit',
        title: 'admin.nav.audit' satisfies TranslationKey,
        loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
      },
      {
        path: 'accounts',
        title: 'admin.nav.accounts' satisfies TranslationKey,
        loadComponent: () => import('./accounts/accounts-page').then((m) => m.AccountsPage),
      },
    ],
  },
];
