import { adminEn } from '../../features/admin/i18n/en';
import { monitoringEn } from '../../features/monitoring/i18n/en';
import { raterLinkEn } from '../../features/rater-link/i18n/en';
import type { Dictionary } from './id';

export const en: Dictionary = {
  'app.name': 'Evkin 360',
  'app.skipToContent': 'Skip to main content',
  'app.footer': 'Evkin 360 — open-source software for 360° performance evaluation',

  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.admin': 'Admin console',

  'language.label': 'Choose language',

  'title.home': 'Home',
  'title.rater': 'Evaluation',
  'title.admin': 'Admin console',
  'title.notFound': 'Page not found',

  'home.subtitle': '360° Performance Evaluation of Job-Placement Officers (Pengantar Kerja and Petugas Antar Kerja)',
  'home.body':
    "Evkin 360 is an open platform for the 360° performance evaluation of Indonesia's job-placement officers, " +
    'the Pengantar Kerja and Petugas Antar Kerja. After a competency-development programme, each participant is ' +
    'assessed from four perspectives — self, supervisor, peer and service user — and receives an individual report ' +
    'that shows only combined results.',
  'home.raterHint': 'If you were invited as a rater, open the link in your invitation email.',

  'role.self': 'Self',
  'role.supervisor': 'Supervisor',
  'role.peer': 'Peer',
  'role.service_user': 'Service user',

  'status.pending': 'Waiting',
  'status.in_progress': 'In progress',
  'status.submitted': 'Completed',
  'status.cancelled': 'Cancelled',

  ...raterLinkEn,
  ...monitoringEn,

  'common.retry': 'Try again',

  'error.network': 'Cannot reach the server. Check your internet connection.',
  'error.unexpected': 'An unexpected error occurred.',

  ...adminEn,

  'notFound.title': 'Page not found',
  'notFound.body': 'The address you opened does not exist.',
  'notFound.home': 'Back to home',
};
