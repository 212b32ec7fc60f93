import type { EvaluationInvitedV1, EvaluationReminderV1 } from '@evkin/contracts';
import { renderInvitation } from './invitation.js';
import { formatDay, formatPeriod, wib } from './labels.js';
import { renderReminder } from './reminder.js';

const participant: EvaluationInvitedV1['participant'] = {
  id: 'p',
  name: 'Siti',
  email: 'siti@example.go.id',
  nip: null,
  target: 'ahli_pertama',
  unit: 'Disnaker Kota Bandung',
  province: 'Jawa Barat',
  regency: 'Kota Bandung',
  language: 'id',
};
const battery: EvaluationInvitedV1['battery'] = {
  id: 'b',
  name: 'PK Ahli Pertama 2026',
  programme: 'Pelatihan',
  periodStart: '2026-01-01',
  deadline: '2026-11-30',
  closesAt: '2026-11-30T17:00:00.000Z',
};
const invited = (over: Partial<EvaluationInvitedV1> = {}): EvaluationInvitedV1 => ({
  assignmentId: 'a',
  participantId: 'p',
  role: 'supervisor',
  reason: 'invitation',
  rater: { name: 'Budi', email: 'budi@example.go.id', language: 'id', position: null },
  participant,
  battery,
  links: { start: 'https://evkin.example/e#tok', monitoring: null },
  ...over,
});

describe('dates as the emails print them', () => {
  it('prints a period within one year as Gambar 3 does, and across years in full', () => {
    expect(formatPeriod('2026-01-01', '2026-12-31', 'id')).toBe('Jan-Des 2026');
    expect(formatPeriod('2025-11-01', '2026-02-28', 'id')).toBe('Nov 2025-Feb 2026');
    expect(formatPeriod('2026-08-01', '2026-08-31', 'en')).toBe('Aug 2026');
  });

  it('prints days with Indonesian month names and instants in WIB, across midnight', () => {
    expect(formatDay('2026-08-17', 'id')).toBe('17 Agu 2026');
    expect(wib('2026-11-23T20:30:00.000Z')).toBe('2026-11-24 03:30 WIB');
  });
});

describe('invitation', () => {
  it('names the role, the participant with position and unit, and only Mulai Evaluasi for a rater', () => {
    const email = renderInvitation(
      invited({ links: { start: 'https://evkin.example/e#s', monitoring: 'https://x/m' } }),
    );
    expect(email.text).toContain(
      'Anda diundang sebagai Atasan untuk menilai kinerja Siti (Pengantar Kerja Ahli Pertama, Disnaker Kota Bandung)',
    );
    expect(email.text).toContain('Mulai Evaluasi: https://evkin.example/e#s');
    expect(email.text).not.toContain('Halaman Monitoring');
  });

  it('escapes names so they cannot inject markup', () => {
    const email = renderInvitation(
      invited({ rater: { name: '<script>x</script>', email: 'x@y', language: 'id', position: null } }),
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.text).toContain('Yth. <script>x</script>');
  });

  it('keeps links with quotes from breaking out of the href', () => {
    const email = renderInvitation(invited({ links: { start: 'https://e.example/e#"><b>', monitoring: null } }));
    expect(email.html).toContain('href="https://e.example/e#&quot;&gt;&lt;b&gt;"');
  });
});

describe('reminder', () => {
  const reminder = (over: Partial<EvaluationReminderV1>): EvaluationReminderV1 => ({
    roundId: 'r',
    assignmentId: 'a',
    participantId: 'p',
    role: 'peer',
    rater: { name: 'Rina', email: 'rina@example.go.id', language: 'id' },
    participant,
    battery,
    daysLeft: 7,
    links: { start: 'https://evkin.example/e#r', monitoring: null },
    missing: [],
    ...over,
  });

  it('counts days in English, singular and plural, and says when today is the last day', () => {
    const en = { name: 'Ann', email: 'a@x', language: 'en' as const };
    expect(renderReminder(reminder({ rater: en, daysLeft: 1 })).text).toContain(
      '1 day left until the deadline (30 Nov 2026)',
    );
    expect(renderReminder(reminder({ rater: en, daysLeft: 7 })).text).toContain('7 days left');
    expect(renderReminder(reminder({ daysLeft: 0 })).text).toContain(
      'Hari ini, 30 Nov 2026, adalah hari terakhir pengisian.',
    );
  });

  it('gives the participant no list when nobody is missing, but still the monitoring page', () => {
    const email = renderReminder(
      reminder({ role: 'self', links: { start: 'https://e/s', monitoring: 'https://e/m' }, missing: [] }),
    );
    expect(email.text).not.toContain('Penilai yang belum selesai');
    expect(email.text).toContain('Halaman Monitoring: https://e/m');
  });
});
