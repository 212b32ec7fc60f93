import type { raterLinkId } from './id';

export const raterLinkEn: Readonly<Record<keyof typeof raterLinkId, string>> = {
  'portal.loading': 'Loading the evaluation…',
  'portal.loadFailed.title': 'The evaluation could not be loaded',
  'portal.next': 'Next',
  'portal.back': 'Back',
  'portal.field.required': 'This field is required.',
  'portal.field.emailInvalid': 'Enter a valid email address.',
  'portal.field.tooLong': 'This is too long.',
  'portal.field.emailLanguage': 'Email language',

  'portal.problem.link_invalid.title': 'Unknown link',
  'portal.problem.link_invalid.body':
    'We do not recognise this link. Open the link from your most recent invitation email again and make sure it ' +
    'was copied in full. If it still does not work, contact whoever invited you.',
  'portal.problem.link_expired.title': 'The evaluation deadline has passed',
  'portal.problem.link_expired.body':
    'This link is no longer valid because the deadline for the evaluation has passed. Contact the Directorate of ' +
    'Job-Placement Officer Development if you need help.',
  'portal.problem.link_revoked.title': 'This link has been revoked',
  'portal.problem.link_revoked.body':
    'The rater for this assignment was replaced, so this link is no longer valid. If you think this is a ' +
    'mistake, contact the participant or whoever invited you.',
  'portal.problem.session_expired.title': 'Your session has ended',
  'portal.problem.session_expired.body':
    'For your security, a session ends after a while. Answers already saved are safe, and answers not saved yet ' +
    'are still on this page. Press Start again to continue where you left off.',
  'portal.problem.restart': 'Start again',

  'portal.confirm.title': 'Rater confirmation',
  'portal.confirm.greeting': 'Hello, {name}.',
  'portal.confirm.assigned': 'You are registered as {role} to evaluate {participant}.',
  'portal.confirm.review': 'Review the summary below. If it is correct, press Start to continue.',
  'portal.summary.title': 'Assignment summary',
  'portal.summary.participant': 'Participant',
  'portal.summary.unit': 'Unit: {unit}',
  'portal.summary.role': 'Your role',
  'portal.summary.competencies': 'Competencies',
  'portal.summary.programme': 'Competency development',
  'portal.summary.deadline': 'Deadline',
  'portal.yourRole.self': 'Participant (self-assessment)',
  'portal.yourRole.supervisor': 'Supervisor',
  'portal.yourRole.peer': 'Peer',
  'portal.yourRole.service_user': 'Service user',
  'portal.confidentiality.title': 'Confidentiality',
  'portal.confidentiality.body':
    'Your answers are confidential. The participant and their report see only the combined results of all four ' +
    'raters; your individual answers are never shown to the participant. Only the Directorate of Job-Placement ' +
    'Officer Development sees the breakdown by role, for the evaluation.',
  'portal.confirm.consent': 'By pressing Start you agree to rate objectively and to keep the data confidential.',
  'portal.confirm.notMe': 'Not me',
  'portal.confirm.start': 'Start',
  'portal.confirm.starting': 'Starting…',
  'portal.confirm.cancelled': 'This evaluation assignment has been cancelled and can no longer be filled in.',

  'portal.notMeDialog.title': 'Is this invitation not for you?',
  'portal.notMeDialog.body':
    'If the name or details in the summary are not yours, report it here. The evaluation team will look into ' +
    'it; you do not need to fill in the evaluation.',
  'portal.notMeDialog.note': 'Note (optional)',
  'portal.notMeDialog.noteHint': 'For example: who you are, or which details are wrong.',
  'portal.notMeDialog.cancel': 'Cancel',
  'portal.notMeDialog.confirm': 'Yes, not me',
  'portal.notMe.title': 'Thank you, your report has been recorded',
  'portal.notMe.at': 'Reported on {date}.',
  'portal.notMe.body':
    'The evaluation team will look into this invitation. You do not need to fill in the evaluation and can close ' +
    'this page.',

  'portal.progress.label': 'Progress',
  'portal.progress.step': 'Step {current} of {total}',
  'portal.progress.part2': '{answered} of {total} Part 2 statements answered',
  'portal.save.pending': 'Some changes are not saved yet…',
  'portal.save.saving': 'Saving…',
  'portal.save.saved': 'Saved',
  'portal.save.failed':
    'Your latest answers are not saved yet: {reason} They stay on this page and are sent again automatically.',
  'portal.save.failedStopped': 'Your latest answers are not saved yet: {reason}',
  'portal.save.retry': 'Save now',
  'portal.save.readOnly': 'This evaluation has been submitted. The answers can be read but not changed.',

  'portal.intro.title': 'Introduction',
  'portal.intro.parts': 'This performance-evaluation instrument has two parts:',
  'portal.intro.part1': 'Part 1 — Tasks performed: tick the work activities that {participant} has carried out.',
  'portal.intro.part2':
    'Part 2 — Service performance: rate each statement as Strongly agree, Agree, Disagree or Strongly disagree.',
  'portal.intro.raters':
    'As the participant, you first fill in the rater list: your work location, supervisor and peer.',
  'portal.intro.autosave':
    'Your answers are saved automatically. You can stop at any time and continue later, also on another device, ' +
    'by opening the link from your email again before the deadline.',
  'portal.intro.resumed':
    'Your earlier answers have been loaded: {answered} of {total} Part 2 statements are answered.',

  'portal.raters.title': 'Rater list',
  'portal.raters.intro':
    'Complete your evaluation profile: work location, supervisor and peer. Your supervisor and peer receive an ' +
    'invitation by email after you press Next. The service user is added later from the Monitoring page.',
  'portal.raters.location': 'Work location',
  'portal.raters.province': 'Province',
  'portal.raters.regency': 'Regency/City',
  'portal.raters.name': 'Full name',
  'portal.raters.email': 'Email',
  'portal.raters.position': 'Position (optional)',
  'portal.raters.sameEmail': 'The supervisor and the peer must be different people.',
  'portal.raters.invalid': 'Please check the highlighted fields.',
  'portal.raters.saving': 'Saving and sending invitations…',

  'portal.part1Intro.title': 'Part 1 instructions',
  'portal.part1Intro.body':
    'This part maps the tasks performed. Tick every work activity that {participant} has carried out, from your ' +
    'experience or observation. Leave activities unticked that were not carried out or that you do not know about.',
  'portal.part1Intro.search':
    'The activities are grouped by competency; use the search box to find a specific activity.',
  'portal.part1Intro.start': 'Start Part 1',
  'portal.part1.title': 'Part 1 — Work activities',
  'portal.part1.search': 'Search activities',
  'portal.part1.searchHint': 'Type part of a word, for example "job fair".',
  'portal.part1.matches': '{count} activities match the search.',
  'portal.part1.noMatches': 'No activity matches. Change or clear the search.',
  'portal.part1.clear': 'Clear search',
  'portal.part1.ticked': '{count} activities ticked.',
  'portal.part1.next': 'Continue to Part 2 instructions',

  'portal.part2Intro.title': 'Part 2 instructions',
  'portal.part2Intro.body':
    'This part rates the service performance of {participant} in applying the results of the competency ' +
    'development. For each statement, choose the one answer that best describes their performance:',
  'portal.part2Intro.sections':
    'The statements are grouped by sub-competency ({count} groups). Every statement must be answered before the ' +
    'data can be submitted.',
  'portal.part2Intro.start': 'Start Part 2',
  'portal.part2.title': 'Part 2 — Performance rating',
  'portal.part2.section': 'Sub-competency {current} of {total}',
  'portal.part2.sectionAnswered': '{answered} of {total} statements in this group answered.',

  'portal.closing.title': 'Closing',
  'portal.closing.body':
    'Thank you for completing the performance-evaluation instrument. Once you press Submit data, the answers can ' +
    'no longer be changed.',
  'portal.closing.complete': 'Everything has been filled in.',
  'portal.closing.unsaved':
    'Your answers are not saved yet, so the data cannot be submitted. Check your internet connection, then press ' +
    'Submit data again.',
  'portal.closing.submit': 'Submit data',
  'portal.closing.submitting': 'Submitting…',
  'portal.missing.title': 'Still missing ({count})',
  'portal.missing.intro': 'Choose one to go straight to it.',
  'portal.missing.blocked': 'The data cannot be submitted yet because some answers are still missing.',
  'portal.missing.raters': 'Rater list: work location, supervisor and peer',

  'portal.finished.title': 'Thank you — your evaluation has been submitted',
  'portal.finished.submittedAt': 'Submitted on {date}.',
  'portal.finished.body': 'Your answers have been recorded and can no longer be changed.',
  'portal.finished.monitoring':
    'Next step: open the Monitoring page from your invitation email to add the service user and follow your ' +
    'supervisor and peer.',
  'portal.finished.download': 'Download completion receipt (PDF)',
  'portal.finished.downloading': 'Downloading…',
  'portal.finished.downloadFailed': 'The completion receipt could not be downloaded. Please try again shortly.',
  'portal.finished.review': 'View your answers',
  'portal.review.done': 'Back to the finish page',
};
