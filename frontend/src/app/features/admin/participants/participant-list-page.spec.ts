import type { IssuedLink, Page, ParticipantSummary, RoleState } from '@evkin/contracts';
import { TestBed } from '@angular/core/testing';
import { PORTAL_TIMER } from '../../portal-shared/portal-timer';
import { ManualTimer } from '../../rater-link/testing/portal-fixtures';
import { AdminHarness, byText, fieldByLabel, queryByText, text, type } from '../shared/testing';
import { INVITE_PROGRESS_MS } from './participant-list-page';

function role(partial: Partial<RoleState> & Pick<RoleState, 'role' | 'status'>): RoleState {
  return {
    assignmentId: partial.status === 'none' ? null : `as-${partial.role}`,
    rater:
      partial.status === 'none'
        ? null
        : { name: `Rater ${partial.role}`, email: `${partial.role}@mail.id`, position: null },
    invitationEmail: partial.status === 'none' ? null : { status: 'sent', reason: null },
    notMe: null,
    submittedAt: null,
    ...partial,
  };
}

const SITI: ParticipantSummary = {
  id: 'p-1',
  batteryId: 'bat-1',
  name: 'Siti Rahmawati',
  nip: '198805122010012001',
  email: 'siti@disnaker.go.id',
  target: 'ahli_pertama',
  unit: 'Disnaker Kota Bandung',
  province: 'Jawa Barat',
  regency: 'Kota Bandung',
  language: 'id',
  invitedAt: '2026-01-06T02:00:00.000Z',
  completedAt: null,
  roles: [
    role({ role: 'self', status: 'submitted', submittedAt: '2026-01-07T02:00:00.000Z' }),
    role({ role: 'supervisor', status: 'pending' }),
    role({ role: 'peer', status: 'pending', invitationEmail: { status: 'failed', reason: 'mailbox unavailable' } }),
    role({ role: 'service_user', status: 'none' }),
  ],
};

const PAGE: Page<ParticipantSummary> = { total: 1, page: 1, pageSize: 25, items: [SITI] };

function dialog(): HTMLElement {
  const found = document.querySelector<HTMLElement>('mat-dialog-container');
  if (!found) throw new Error('No dialog open');
  return found;
}

function roleRow(label: string): HTMLElement {
  const row = [...dialog().querySelectorAll<HTMLElement>('tbody tr')].find(
    (tr) => text(tr.querySelector('th')) === label,
  );
  if (!row) throw new Error(`No row for ${label}`);
  return row;
}

describe('ParticipantListPage', () => {
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove()));

  async function open(roleName: 'admin' | 'viewer' = 'admin', url = '/admin/participants?battery=bat-1') {
    const admin = new AdminHarness(roleName);
    admin.on('GET', '/api/admin/participants', { body: PAGE });
    await admin.open(url);
    return admin;
  }

  it('lists participants with each role’s status and filters through the query', async () => {
    const admin = await open('admin', '/admin/participants?battery=bat-1&roleStatus=pending&province=Jawa%20Barat');

    const query = admin.sent('GET', '/api/admin/participants')[0]!.params;
    expect(query.get('batteryId')).toBe('bat-1');
    expect(query.get('roleStatus')).toBe('pending');
    expect(query.get('province')).toBe('Jawa Barat');
    const cells = [...admin.element.querySelectorAll('tbody tr > *')].map((c) => text(c));
    expect([cells[3], cells[4], cells[6]]).toEqual(['Selesai', 'Menunggu', 'Belum Ada']);
    expect(cells[5]).toMatch(/^Menunggu.*Email gagal$/);

    type(fieldByLabel(admin.element, 'Cari nama, NIP, atau email'), 'siti');
    byText<HTMLButtonElement>(admin.element, 'button', 'Terapkan').click();
    await admin.settle();
    expect(admin.sent('GET', '/api/admin/participants').at(-1)!.params.get('q')).toBe('siti');
  });

  it('resends an invitation and replaces a rater from the participant dialog', async () => {
    const admin = await open();
    admin.on('POST', '/api/admin/participants/p-1/raters/peer/resend', {
      body: role({ role: 'peer', status: 'pending' }),
    });
    admin.on('PUT', '/api/admin/participants/p-1/raters/supervisor', {
      body: role({
        role: 'supervisor',
        status: 'pending',
        rater: { name: 'Budi Atasan', email: 'budi@mail.id', position: null },
      }),
    });

    byText<HTMLButtonElement>(admin.element, 'button', 'Kelola Siti Rahmawati').click();
    await admin.settle();
    expect(text(roleRow('Rekan Kerja'))).toContain('Email gagal (mailbox unavailable)');
    expect(queryByText(roleRow('Diri Sendiri'), 'button', 'Ganti')).toBeNull();

    byText<HTMLButtonElement>(roleRow('Rekan Kerja'), 'button', 'Kirim Ulang').click();
    await admin.settle();
    expect(admin.sent('POST', '/api/admin/participants/p-1/raters/peer/resend')).toHaveLength(1);
    expect(text(dialog().querySelector('.success'))).toBe('Undangan untuk Rekan Kerja dikirim ulang.');

    byText<HTMLButtonElement>(roleRow('Atasan'), 'button', 'Ganti').click();
    await admin.settle();
    type(fieldByLabel(dialog(), 'Nama penilai'), 'Budi Atasan');
    type(fieldByLabel(dialog(), 'Email'), 'budi@mail.id');
    byText<HTMLButtonElement>(dialog(), 'button', 'Simpan & Kirim').click();
    await admin.settle();

    expect(admin.sent('PUT', '/api/admin/participants/p-1/raters/supervisor')[0]?.body).toEqual({
      name: 'Budi Atasan',
      email: 'budi@mail.id',
      language: 'id',
    });
    expect(text(roleRow('Atasan'))).toContain('Budi Atasan');
    expect(text(dialog().querySelector('.success'))).toBe('Penilai Atasan diganti dan diundang.');
  });

  it('issues a helpdesk link once and copies it', async () => {
    const admin = await open();
    const link: IssuedLink = {
      assignmentId: 'as-supervisor',
      kind: 'start',
      url: 'https://evkin.example/e#tok',
      expiresAt: '2026-12-31T16:59:59.000Z',
    };
    admin.on('POST', '/api/admin/participants/p-1/links', { body: link });
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    byText<HTMLButtonElement>(admin.element, 'button', 'Kelola Siti Rahmawati').click();
    await admin.settle();
    byText<HTMLButtonElement>(roleRow('Atasan'), 'button', 'Tautan bantuan').click();
    await admin.settle();

    expect(admin.sent('POST', '/api/admin/participants/p-1/links')[0]?.body).toEqual({
      kind: 'start',
      role: 'supervisor',
    });
    expect(fieldByLabel(dialog(), 'Tautan').value).toBe(link.url);
    // The link's end is the deadline day's last second in WIB, shown on the WIB clock.
    expect(text(dialog())).toContain('berlaku sampai 31 Desember 2026 pukul 23.59 WIB.');
    byText<HTMLButtonElement>(dialog(), 'button', 'Salin').click();
    await admin.settle();
    expect(writeText).toHaveBeenCalledWith(link.url);
    expect(text(dialog())).toContain('Tautan disalin.');
  });

  it('invites the battery after a confirmation and runs a reminder round', async () => {
    const admin = await open();
    admin.on('POST', '/api/admin/batteries/bat-1/invitations', { body: { invited: 5, alreadyInvited: 2 } });
    admin.on('GET', '/api/admin/batteries/bat-1/progress', { body: { participants: 7, invited: 2 } });
    admin.on('POST', '/api/admin/batteries/bat-1/reminders', { body: { roundId: 'r1', reminded: 9 } });

    byText<HTMLButtonElement>(admin.element, 'button', 'Undang peserta yang belum diundang').click();
    await admin.settle();
    expect(admin.sent('POST', '/api/admin/batteries/bat-1/invitations')).toEqual([]);
    byText<HTMLButtonElement>(admin.element, 'button', 'Ya, kirim undangan').click();
    await admin.settle();
    expect(admin.sent('POST', '/api/admin/batteries/bat-1/invitations')[0]?.body).toEqual({});
    expect(text(admin.element.querySelector('.success'))).toBe('5 peserta diundang; 2 sudah diundang sebelumnya.');

    byText<HTMLButtonElement>(admin.element, 'button', 'Kirim putaran pengingat').click();
    await admin.settle();
    byText<HTMLButtonElement>(admin.element, 'button', 'Ya, kirim pengingat').click();
    await admin.settle();
    expect(text(admin.element.querySelector('.success'))).toBe('Pengingat dikirim kepada 9 penilai.');
  });

  it('shows how far a bulk invitation has come while it runs, and nothing of it afterwards', async () => {
    const timer = new ManualTimer();
    const admin = new AdminHarness('admin');
    TestBed.overrideProvider(PORTAL_TIMER, { useValue: timer });
    admin.on('GET', '/api/admin/participants', { body: PAGE });
    await admin.open('/admin/participants?battery=bat-1');
    let invited = 0;
    admin.on('GET', '/api/admin/batteries/bat-1/progress', () => ({ body: { participants: 50_000, invited } }));
    admin.hold('POST', '/api/admin/batteries/bat-1/invitations');
    admin.on('POST', '/api/admin/batteries/bat-1/invitations', { body: { invited: 50_000, alreadyInvited: 0 } });

    byText<HTMLButtonElement>(admin.element, 'button', 'Undang peserta yang belum diundang').click();
    await admin.settle();
    byText<HTMLButtonElement>(admin.element, 'button', 'Ya, kirim undangan').click();
    await admin.settle();
    timer.runAll();
    await admin.settle();
    const status = () => text(admin.element.querySelector('.inviting [role="status"]'));
    expect(status()).toBe('Mengirim undangan… 0 dari 50.000 peserta sudah diundang.');
    expect(timer.delays()).toEqual([INVITE_PROGRESS_MS]);

    invited = 12_000;
    timer.runAll();
    await admin.settle();
    expect(status()).toBe('Mengirim undangan… 12.000 dari 50.000 peserta sudah diundang.');
    expect(admin.element.querySelector('.inviting mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('24');

    admin.release('POST', '/api/admin/batteries/bat-1/invitations');
    await admin.settle();
    expect(text(admin.element.querySelector('.success'))).toBe('50.000 peserta diundang; 0 sudah diundang sebelumnya.');
    expect(admin.element.querySelector('.inviting')).toBeNull();
    // Reading progress stops with the invitation.
    expect(timer.delays()).toEqual([]);
  });

  it('shows a viewer the details without any action', async () => {
    const admin = await open('viewer');

    expect(queryByText(admin.element, 'button', 'Undang peserta yang belum diundang')).toBeNull();
    expect(queryByText(admin.element, 'a', 'Impor peserta')).toBeNull();
    byText<HTMLButtonElement>(admin.element, 'button', 'Rincian Siti Rahmawati').click();
    await admin.settle();
    expect(dialog().querySelectorAll('tbody button')).toHaveLength(0);
    expect(queryByText(dialog(), 'button', 'Tautan Halaman Monitoring peserta')).toBeNull();
  });
});
