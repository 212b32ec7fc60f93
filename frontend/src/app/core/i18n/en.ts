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

  'rater.loading': 'Loading the evaluation…',
  'rater.confirm.title': 'Confirm your evaluation',
  'rater.confirm.intro':
    'Hello, {name}. You have been invited as a rater in a 360° performance evaluation. Please check the summary below.',
  'rater.summary.participant': 'Participant',
  'rater.summary.unit': 'Work unit',
  'rater.summary.unitMissing': 'Not stated',
  'rater.summary.role': 'Your role as rater',
  'rater.summary.rater': 'Rater name',
  'rater.summary.status': 'Status',
  'rater.confidentiality.title': 'Confidentiality',
  'rater.confidentiality.body':
    'Your answers are confidential. The participant and their report see only the combined results of all raters; ' +
    'your individual answers are never shown to the participant.',
  'rater.skeletonNote':
    'The evaluation questions are not available in this version yet. Press Submit to confirm your participation.',
  'rater.submit': 'Submit',
  'rater.submitting': 'Submitting…',
  'rater.retrySubmit': 'Try submitting again',
  'rater.cancelled': 'This evaluation assignment has been cancelled and can no longer be filled in.',
  'rater.finished.title': 'Thank you — your evaluation has been submitted',
  'rater.finished.submittedAt': 'Submitted on {date}.',
  'rater.finished.body': 'There is nothing more for you to do. You can close this page.',
  'rater.invalid.title': 'This link is unknown or no longer valid',
  'rater.invalid.body':
    'Open the link from your most recent invitation email again. If it still does not work, the link may have ' +
    'expired or the rater may have been replaced; contact whoever invited you.',
  'rater.loadFailed.title': 'The evaluation could not be loaded',

  'common.retry': 'Try again',

  'error.network': 'Cannot reach the server. Check your internet connection.',
  'error.unexpected': 'An unexpected error occurred.',

  'admin.title': 'Admin console',
  'admin.intro':
    'The console of the Directorate of Job-Placement Officer Development (Direktorat Bina Pengantar Kerja). ' +
    'Its full features — batteries, participants, invitations, monitoring and reports — come in a later version.',
  'admin.signIn.title': 'Sign in',
  'admin.email': 'Email',
  'admin.password': 'Password',
  'admin.signIn': 'Sign in',
  'admin.signingIn': 'Signing in…',
  'admin.signedInAs': 'Signed in as {email} ({role})',
  'admin.signOut': 'Sign out',
  'admin.role.admin': 'Admin',
  'admin.role.viewer': 'Viewer',
  'admin.validation.emailRequired': 'Email is required.',
  'admin.validation.emailInvalid': 'Enter a valid email address.',
  'admin.validation.passwordRequired': 'Password is required.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The address you opened does not exist.',
  'notFound.home': 'Back to home',
};
