import type { Routes } from '@angular/router';
import type { TranslationKey } from './core/i18n/id';

// Titles are dictionary keys, translated (and re-translated on a language switch) by TranslatedTitleStrategy.
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.home' satisfies TranslationKey,
    loadComponent: () => import('./features/home/home-page').then((m) => m.HomePage),
  },
  {
    // The short path keeps invitation links short; the token follows in the fragment.
    path: 'e',
    title: 'title.rater' satisfies TranslationKey,
    loadComponent: () => import('./features/rater-link/rater-link-page').then((m) => m.RaterLinkPage),
  },
  {
    // Halaman Monitoring: the participant's monitoring token follows in the fragment, as for /e.
    path: 'm',
    title: 'title.monitoring' satisfies TranslationKey,
    loadComponent: () => import('./features/monitoring/monitoring-page').then((m) => m.MonitoringPage),
  },
  {
    path: 'admin',
    title: 'title.admin' satisfies TranslationKey,
    loadChildren: () => import('./features/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
  },
  {
    path: '**',
    title: 'title.notFound' satisfies TranslationKey,
    loadComponent: () => import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
