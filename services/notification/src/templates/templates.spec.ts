import type { EvaluationCompletedV1, EvaluationInvitedV1, EvaluationSubmittedV1 } from '@evkin/contracts';
import { renderInvitation } from './invitation.js';
import { renderReportReady } from './report-ready.js';
import { renderSubmissionConfirmation, wib } from './submission-confirmation.js';

const invited = (over: Partial<EvaluationInvitedV1> = {}): EvaluationInvitedV1 => ({
  assignmentId: 'a',
  participantId: 'p',
  role: 'supervisor',
  rater: { name: 'Budi', email: 'budi@example.go.id', language: 'id' },
  participant: { name: 'Siti', unit: 'Disnaker Kota Bandung' },
  battery: null,
  links: { start: 'https://evkin.example/e#tok', monitoring: null },
  ...over,
});

describe('invitation email', () => {
  it('speaks Indonesian by default, naming the role as the regulation does', () => {
    const email = renderInvitation(invited());
    expect(email.subject).toBe('Akses Evaluasi Kinerja');
    expect(email.text).toContain('Yth. Budi,');
    expect(email.text).toContain('untuk Siti (Disnaker Kota Bandung) sebagai Atasan');
    expect(email.text).toContain('Mulai Evaluasi: https://evkin.example/e#tok');
    expect(email.html).toContain('<html lang="id">');
    expect(email.html).toContain('href="https://evkin.example/e#tok"');
  });

  it('is in English for an English-speaking rater', () => {
    const email = renderInvitation(
      invited({ role: 'service_user', rater: { name: 'Andi', email: 'a@x', language: 'en' } }),
    );
    expect(email.subject).toBe('Performance Evaluation Access');
    expect(email.text).toContain('as Service user');
    expect(email.html).toContain('Start Evaluation');
  });

  it('escapes names so they cannot inject markup', () => {
    const email = renderInvitation(invited({ rater: { name: '<script>x</script>', email: 'x@y', language: 'id' } }));
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&#60;script&#62;');
  });
});

describe('invitation with a battery and a monitoring link', () => {
  it('names the battery and its period, and gives the participant Halaman Monitoring first', () => {
    const email = renderInvitation(
      invited({
        role: 'self',
        battery: {
          id: 'b',
          name: 'PK Ahli Pertama 2026',
          periodStart: '2026-11-01T00:00:00Z',
          deadline: '2026-11-30T00:00:00Z',
        },
        links: { start: 'https://evkin.example/e#s', monitoring: 'https://evkin.example/m#m' },
      }),
    );
    expect(email.text).toContain('Baterai: PK Ahli Pertama 2026, periode 2026-11-01 s.d. 2026-11-30.');
    expect(email.text.indexOf('Halaman Monitoring: https://evkin.example/m#m')).toBeLessThan(
      email.text.indexOf('Mulai Evaluasi: https://evkin.example/e#s'),
    );
  });

  it('gives other raters no monitoring button', () => {
    const email = renderInvitation(
      invited({ links: { start: 'https://evkin.example/e#s', monitoring: 'https://x/m' } }),
    );
    expect(email.text).not.toContain('Halaman Monitoring');
  });
});

describe('submission confirmation', () => {
  const submitted: EvaluationSubmittedV1 = {
    assignmentId: 'a',
    participantId: 'p',
    role: 'peer',
    rater: { name: 'Rina', email: 'rina@example.go.id', language: 'id' },
    submittedAt: '2026-11-23T03:04:05.000Z',
    answers: {},
  };

  it('confirms the role and the time in WIB', () => {
    const email = renderSubmissionConfirmation(submitted);
    expect(email.subject).toBe('Evaluasi Kinerja Terkirim');
    expect(email.text).toContain(
      'sebagai Rekan Kerja telah kami terima pada 2026-11-23 10:04 WIB dengan status TERKIRIM',
    );
  });

  it('crosses midnight correctly into WIB', () => {
    expect(wib('2026-11-23T20:30:00.000Z')).toBe('2026-11-24 03:30 WIB');
  });
});

describe('report ready', () => {
  const completed = (monitoring: string | null, language: 'id' | 'en' = 'id'): EvaluationCompletedV1 => ({
    participantId: 'p',
    participant: { name: 'Siti', email: 'siti@example.go.id', unit: null, language },
    completedAt: '2026-11-23T03:04:05.000Z',
    assignments: [],
    links: { monitoring },
  });

  it('links the participant to Halaman Monitoring', () => {
    const email = renderReportReady(completed('https://evkin.example/m#m'));
    expect(email.subject).toBe('Laporan Evaluasi Kinerja Tersedia');
    expect(email.text).toContain('Halaman Monitoring: https://evkin.example/m#m');
    expect(email.html).toContain('href="https://evkin.example/m#m"');
  });

  it('explains the way to the report when no link can be given, in English too', () => {
    const email = renderReportReady(completed(null, 'en'));
    expect(email.text).toContain('Open the Monitoring Page with the button in your invitation email');
    expect(email.html).not.toContain('<a href');
  });
});
