import { DataSource } from 'typeorm';
import { eventually } from '../../../test/support/eventually.js';
import { startHarness, type Harness } from './support/harness.js';
import {
  battery,
  cancelled,
  closedBattery,
  completed,
  invited,
  participant,
  reminder,
  submitted,
} from './support/events.js';

const year = battery({ periodStart: '2099-01-01', deadline: '2099-12-31', closesAt: '2099-12-31T17:00:00.000Z' });

/** What each recipient finds in their inbox, through the real pipeline to a real SMTP server. */
describe('emails as recipients receive them', () => {
  let h: Harness;

  beforeAll(async () => {
    // A transient refusal waits ten minutes before its retry: long enough to cancel meanwhile.
    h = await startHarness(
      'emails',
      { EMAIL_RETRY_DELAY_MS: '600000' },
      {
        refuse: (address, attempt) =>
          address.startsWith('later') && attempt === 1 ? { code: 451, message: '4.3.0 try again later' } : undefined,
      },
    );
  }, 60_000);

  afterAll(() => h?.close());

  const mail = (address: string) => h.smtp.waitFor((m) => m.to.includes(address), 20_000);
  const statusOf = (sourceEventId: string) =>
    eventually(() => {
      const found = h.statuses().find((s) => s.sourceEventId === sourceEventId);
      expect(found).toBeDefined();
      return found!;
    }, 20_000);

  it('invites the participant as Gambar 3 shows: position, battery and period, 360°, Halaman Monitoring then Mulai Evaluasi', async () => {
    const who = participant();
    const event = invited({
      role: 'self',
      participant: who,
      rater: { name: who.name, email: who.email, language: 'id', position: null },
      battery: year,
      links: { start: 'https://evkin.example/e#start-self', monitoring: 'https://evkin.example/m#monitor-self' },
    });
    await h.publish('evaluation.invited', event);
    const email = await mail(who.email);

    expect(email.subject).toBe('Akses Evaluasi Kinerja');
    expect(email.text).toContain('Akses Evaluasi Kinerja');
    expect(email.text).toContain('Yth. Budi Sutan');
    expect(email.text).toContain('Petugas Antar Kerja, Balai Besar Pelatihan Vokasi dan Produktivitas Ambon.');
    expect(email.text).toContain(
      'Anda diundang sebagai peserta evaluasi kinerja hasil pengembangan kompetensi “Baterai Petugas Antar Kerja 2026” periode Jan-Des 2099.',
    );
    expect(email.text).toContain('Batas waktu pengisian: 31 Des 2099.');
    expect(email.text).toContain('teknik 360°');
    expect(email.text).toContain('Atasan, Rekan Kerja, dan Pengguna Layanan');
    expect(email.text).toContain('Hasil evaluasi akan tersedia jika 4 pihak telah lengkap melakukan pengisian.');
    const monitoring = email.text.indexOf('Halaman Monitoring: https://evkin.example/m#monitor-self');
    const start = email.text.indexOf('Mulai Evaluasi: https://evkin.example/e#start-self');
    expect(monitoring).toBeGreaterThan(-1);
    expect(start).toBeGreaterThan(monitoring);
    expect(email.text).toContain('Email ini dikirim otomatis oleh sistem Evkin 360.');

    expect(email.html).toContain('<html lang="id">');
    expect(email.html).toContain('<strong>Budi Sutan</strong>');
    expect(email.html).toContain('href="https://evkin.example/m#monitor-self"');
    expect(email.html).toContain('href="https://evkin.example/e#start-self"');
    expect(email.html).toContain('role="presentation"');
    expect(await statusOf(event.id)).toMatchObject({ status: 'sent', kind: 'invitation', to: who.email });
  });

  it('invites an English-speaking supervisor in English, naming the participant and their unit, with no monitoring button', async () => {
    const event = invited({
      role: 'supervisor',
      participant: participant({ name: 'Siti Aminah', target: 'ahli_muda', unit: 'Disnaker Kota Bandung' }),
      rater: { name: 'John Doe', email: 'john.doe@example.org', language: 'en', position: 'Head of Placement' },
      battery: year,
      links: { start: 'https://evkin.example/e#start-sup', monitoring: 'https://evkin.example/m#not-for-raters' },
    });
    await h.publish('evaluation.invited', event);
    const email = await mail('john.doe@example.org');

    expect(email.subject).toBe('Performance Evaluation Access');
    expect(email.text).toContain('Dear John Doe,');
    expect(email.text).toContain('Head of Placement.');
    expect(email.text).toContain(
      'You are invited as Supervisor to evaluate the performance of Siti Aminah (Pengantar Kerja Ahli Muda, Disnaker Kota Bandung)',
    );
    expect(email.text).toContain('period Jan-Dec 2099');
    expect(email.text).toContain('Start Evaluation: https://evkin.example/e#start-sup');
    expect(email.text).not.toContain('Monitoring Page');
    expect(email.html).not.toContain('not-for-raters');
    expect(email.html).toContain('<html lang="en">');
    expect(email.text).toContain('This email was sent automatically');
  });

  it('says so when the invitation is a resend (Kirim Ulang)', async () => {
    const event = invited({ reason: 'resend', battery: year });
    await h.publish('evaluation.invited', event);
    const email = await mail(event.data.rater.email);
    expect(email.subject).toBe('Akses Evaluasi Kinerja (Pengiriman Ulang)');
    expect(email.text).toContain('Email ini adalah pengiriman ulang undangan evaluasi kinerja Anda.');
    expect(email.text).toContain(`Mulai Evaluasi: ${event.data.links.start}`);
  });

  it('reminds a rater how many days are left, with the link back to the form', async () => {
    const event = reminder({ daysLeft: 7, battery: year });
    await h.publish('evaluation.reminder', event);
    const email = await mail(event.data.rater.email);
    expect(email.subject).toBe('Pengingat Evaluasi Kinerja');
    expect(email.text).toContain('Yth. Agus Salim');
    expect(email.text).toContain('Penilaian Anda sebagai Atasan untuk Budi Sutan');
    expect(email.text).toContain('Batas waktu pengisian tinggal 7 hari lagi (31 Des 2099).');
    expect(email.text).toContain(`Mulai Evaluasi: ${event.data.links.start}`);
    expect(email.html).toContain(`href="${event.data.links.start}"`);
    expect(await statusOf(event.id)).toMatchObject({ status: 'sent', kind: 'reminder' });
  });

  it('nudges the participant with the raters still missing and Halaman Monitoring', async () => {
    const who = participant();
    const event = reminder({
      role: 'self',
      participant: who,
      rater: { name: who.name, email: who.email, language: 'id' },
      daysLeft: 1,
      battery: year,
      links: { start: 'https://evkin.example/e#self-again', monitoring: 'https://evkin.example/m#nudge' },
      missing: [
        { role: 'peer', raterName: 'Rina Wati' },
        { role: 'service_user', raterName: null },
      ],
    });
    await h.publish('evaluation.reminder', event);
    const email = await mail(who.email);
    expect(email.text).toContain('Batas waktu pengisian tinggal 1 hari lagi');
    expect(email.text).toContain('Penilai yang belum selesai mengisi:');
    expect(email.text).toContain('- Rekan Kerja: Rina Wati');
    expect(email.text).toContain('- Pengguna Layanan (belum ditambahkan)');
    expect(email.text).not.toContain('- Atasan');
    expect(email.text).toContain('Halaman Monitoring: https://evkin.example/m#nudge');
    expect(email.html).toContain('href="https://evkin.example/m#nudge"');
  });

  it('tells the participant the report is ready, with the monitoring link where Unduh Laporan is', async () => {
    const event = completed({ battery: year });
    await h.publish('evaluation.completed', event);
    const email = await mail(event.data.participant.email);
    expect(email.subject).toBe('Laporan Evaluasi Kinerja Tersedia');
    expect(email.text).toContain('Unduh Laporan');
    expect(email.text).toContain(`Halaman Monitoring: ${event.data.links.monitoring}`);
    expect(email.html).toContain(`href="${event.data.links.monitoring}"`);
    expect(await statusOf(event.id)).toMatchObject({ status: 'sent', kind: 'report_ready', assignmentId: null });
  });

  it('confirms a submission to the rater who submitted, in WIB', async () => {
    const event = submitted({ battery: year });
    await h.publish('evaluation.submitted', event);
    const email = await mail(event.data.rater.email);
    expect(email.subject).toBe('Evaluasi Kinerja Terkirim');
    expect(email.text).toContain('sebagai Rekan Kerja untuk Budi Sutan');
    expect(email.text).toContain('pada 2026-11-23 10:04 WIB dengan status TERKIRIM');
  });

  it('sends no invitation or reminder once the battery has closed, and reports why', async () => {
    const late = invited({ battery: closedBattery() });
    const lateReminder = reminder({ battery: closedBattery() });
    await h.publish('evaluation.invited', late);
    await h.publish('evaluation.reminder', lateReminder);
    for (const event of [late, lateReminder]) {
      const status = await statusOf(event.id);
      expect(status).toMatchObject({ status: 'failed', attempts: 0 });
      expect(status.reason).toContain('battery closed');
    }
    const rows: { status: string }[] = await h.app
      .get(DataSource)
      .query('SELECT status FROM notification.email_delivery WHERE source_event_id = ANY($1::uuid[])', [
        [late.id, lateReminder.id],
      ]);
    expect(rows).toEqual([{ status: 'skipped' }, { status: 'skipped' }]);
    expect(h.mailTo(late.data.rater.email)).toHaveLength(0);
    expect(h.mailTo(lateReminder.data.rater.email)).toHaveLength(0);
  });

  it('sends nothing more for a cancelled assignment: the waiting email is dropped, later ones refused', async () => {
    const waiting = invited({ rater: { name: 'Later', email: 'later@example.go.id', language: 'id', position: null } });
    await h.publish('evaluation.invited', waiting);
    const db = h.app.get(DataSource);
    // The server turned the first attempt away: the email waits for its retry.
    await eventually(async () => {
      expect(
        await db.query('SELECT status, attempts FROM notification.email_delivery WHERE source_event_id = $1', [
          waiting.id,
        ]),
      ).toEqual([{ status: 'queued', attempts: 1 }]);
    }, 20_000);

    await h.publish('evaluation.cancelled', cancelled(waiting.data.assignmentId, waiting.data.participantId));
    const dropped = await statusOf(waiting.id);
    expect(dropped).toMatchObject({ status: 'failed', assignmentId: waiting.data.assignmentId });
    expect(dropped.reason).toContain('cancelled');

    // A reminder for the same assignment that arrives afterwards is refused as well.
    const afterwards = reminder({
      assignmentId: waiting.data.assignmentId,
      participantId: waiting.data.participantId,
    });
    await h.publish('evaluation.reminder', afterwards);
    expect((await statusOf(afterwards.id)).reason).toContain('cancelled');
    expect(h.mailTo('later@example.go.id')).toHaveLength(0);
    expect(h.mailTo(afterwards.data.rater.email)).toHaveLength(0);
  });

  it('sends one email however often the broker delivers the same event', async () => {
    const event = invited();
    await h.publish('evaluation.invited', event);
    await h.publish('evaluation.invited', event);
    await statusOf(event.id);
    // Delivered again after the email went out, followed by another email to know it was handled.
    await h.publish('evaluation.invited', event);
    const after = invited();
    await h.publish('evaluation.invited', after);
    await mail(after.data.rater.email);
    await statusOf(after.id);

    expect(h.mailTo(event.data.rater.email)).toHaveLength(1);
    expect(h.statuses().filter((s) => s.sourceEventId === event.id)).toHaveLength(1);
    expect(
      await h.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM notification.email_delivery WHERE source_event_id = $1', [event.id]),
    ).toEqual([{ n: 1 }]);
  });
});
