import type { EvaluationInvitedV1 } from '@evkin/contracts';
import { renderInvitation } from './invitation-email.js';

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
