import { TestBed } from '@angular/core/testing';
import type { ImportReport } from '@evkin/contracts';
import { I18nService } from '../../../core/i18n/i18n.service';
import { AdminHarness, byText, fieldByLabel, problem, queryByText, text } from '../shared/testing';

const DRY_RUN_WITH_ERRORS: ImportReport = {
  dryRun: true,
  rows: 3,
  valid: 1,
  created: 0,
  errors: [
    { row: 2, column: 'email', code: 'invalid_email', message: 'Email tidak valid', value: 'budi@' },
    { row: 2, column: 'nip', code: 'invalid_nip', message: 'NIP harus 18 angka', value: '123' },
    { row: 4, column: 'name', code: 'missing_field', message: 'Nama wajib diisi', value: null },
  ],
};

function upload(admin: AdminHarness, name: string): void {
  const input = fieldByLabel(admin.element, 'Berkas peserta');
  const file = new File(['name,nip,email\n'], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

function formFields(request: { body: unknown }): Record<string, string> {
  const body = request.body as FormData;
  return Object.fromEntries([...body.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]));
}

describe('ImportWizardPage', () => {
  it('checks the file with a dry run, lists each row’s errors, and saves only a corrected file', async () => {
    const admin = new AdminHarness('admin');
    let call = 0;
    admin.on('POST', '/api/admin/imports', (request) => {
      call++;
      const dryRun = (request.body as FormData).get('dryRun') === 'true';
      if (call === 1) return { body: DRY_RUN_WITH_ERRORS };
      return { body: { dryRun, rows: 3, valid: 3, created: dryRun ? 0 : 3, errors: [] } satisfies ImportReport };
    });
    await admin.open('/admin/participants/import?battery=bat-1');

    upload(admin, 'peserta.csv');
    byText<HTMLButtonElement>(admin.element, 'button', 'Periksa berkas').click();
    await admin.settle();

    expect(formFields(admin.sent('POST', '/api/admin/imports')[0]!)).toEqual({
      file: 'peserta.csv',
      batteryId: 'bat-1',
      dryRun: 'true',
    });
    expect(text(admin.element.querySelector('section p'))).toBe(
      'peserta.csv: 3 baris dibaca, 1 baris valid, 3 kesalahan.',
    );
    const rows = [...admin.element.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['2', 'Email', 'budi@', 'Email tidak valid'],
      ['NIP', '123', 'NIP harus 18 angka'],
      ['4', 'Nama', '', 'Nama wajib diisi'],
    ]);
    expect(queryByText(admin.element, 'button', 'Simpan 1 peserta')).toBeNull();

    byText<HTMLButtonElement>(admin.element, 'button', 'Unggah berkas yang sudah diperbaiki').click();
    await admin.settle();
    upload(admin, 'peserta-perbaikan.csv');
    byText<HTMLButtonElement>(admin.element, 'button', 'Periksa berkas').click();
    await admin.settle();
    byText<HTMLButtonElement>(admin.element, 'button', 'Simpan 3 peserta').click();
    await admin.settle();

    const commit = admin.sent('POST', '/api/admin/imports')[2]!;
    expect(formFields(commit)).toEqual({ file: 'peserta-perbaikan.csv', batteryId: 'bat-1', dryRun: 'false' });
    expect(text(admin.element.querySelector('.success'))).toBe('3 peserta tersimpan.');
  });

  it('shows the rows of a commit the server refused (422) and keeps the admin on the verification step', async () => {
    const admin = new AdminHarness('admin');
    let call = 0;
    admin.on('POST', '/api/admin/imports', () => {
      call++;
      if (call === 1) return { body: { dryRun: true, rows: 1, valid: 1, created: 0, errors: [] } };
      return {
        status: 422,
        body: {
          ...problem(422, 'import_invalid', 'Berkas peserta berisi kesalahan; tidak ada data yang disimpan'),
          dryRun: false,
          rows: 1,
          valid: 0,
          created: 0,
          errors: [
            { row: 2, column: 'email', code: 'duplicate_in_battery', message: 'Sudah terdaftar', value: 'a@b.id' },
          ],
        },
      };
    });
    await admin.open('/admin/participants/import?battery=bat-1');
    upload(admin, 'peserta.csv');
    byText<HTMLButtonElement>(admin.element, 'button', 'Periksa berkas').click();
    await admin.settle();
    byText<HTMLButtonElement>(admin.element, 'button', 'Simpan 1 peserta').click();
    await admin.settle();

    expect(text(admin.element.querySelector('[role="alert"]'))).toBe(
      'Berkas peserta berisi kesalahan; tidak ada data yang disimpan',
    );
    const cells = [...admin.element.querySelectorAll('tbody tr:first-child > *')].map((cell) => text(cell));
    expect(cells).toEqual(['2', 'Email', 'a@b.id', 'Sudah terdaftar']);
  });

  it('refuses a file that is neither CSV nor XLSX without calling the server', async () => {
    const admin = new AdminHarness('admin');
    await admin.open('/admin/participants/import?battery=bat-1');

    upload(admin, 'peserta.pdf');
    byText<HTMLButtonElement>(admin.element, 'button', 'Periksa berkas').click();
    await admin.settle();

    expect(admin.sent('POST', '/api/admin/imports')).toEqual([]);
    expect(text(admin.element.querySelector('#import-file-error'))).toBe('Berkas harus berformat .csv atau .xlsx.');
  });

  it('saves the server’s template, asked for in the console’s language with the admin’s session', async () => {
    const admin = new AdminHarness('admin');
    admin.on('GET', '/api/admin/imports/template', (request) => {
      const english = request.headers.get('Accept-Language') === 'en';
      return {
        body: new Blob([english ? '\uFEFFName,NIP\r\n' : '\uFEFFNama;NIP\r\n'], { type: 'text/csv' }),
        headers: {
          'Content-Disposition': `attachment; filename="${english ? 'participant-template.csv' : 'templat-peserta.csv'}"`,
        },
      };
    });
    await admin.open('/admin/participants/import?battery=bat-1');

    byText<HTMLButtonElement>(admin.element, 'button', 'Unduh templat CSV').click();
    await admin.settle();
    TestBed.inject(I18nService).use('en');
    await admin.settle();
    byText<HTMLButtonElement>(admin.element, 'button', 'Download the CSV template').click();
    await admin.settle();

    const requests = admin.sent('GET', '/api/admin/imports/template');
    expect(requests.map((r) => r.urlWithParams)).toEqual([
      '/api/admin/imports/template?format=csv',
      '/api/admin/imports/template?format=csv',
    ]);
    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer admin-token', 'Bearer admin-token']);
    expect(requests.map((r) => r.headers.get('Accept-Language'))).toEqual(['id', 'en']);
    expect(admin.files.saved.map((f) => f.fileName)).toEqual(['templat-peserta.csv', 'participant-template.csv']);
    const content = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await admin.files.saved[0]!.blob.arrayBuffer(),
    );
    expect(content).toBe('\uFEFFNama;NIP\r\n');
  });

  it('offers the Excel template, with its lists and instructions, as the server makes it', async () => {
    const admin = new AdminHarness('admin');
    admin.on('GET', '/api/admin/imports/template', {
      body: new Blob(['PK'], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      headers: { 'Content-Disposition': 'attachment; filename="templat-peserta.xlsx"' },
    });
    await admin.open('/admin/participants/import?battery=bat-1');

    byText<HTMLButtonElement>(admin.element, 'button', 'Unduh templat Excel (XLSX)').click();
    await admin.settle();

    expect(admin.sent('GET', '/api/admin/imports/template').map((r) => r.urlWithParams)).toEqual([
      '/api/admin/imports/template?format=xlsx',
    ]);
    expect(admin.files.saved.map((f) => [f.fileName, f.blob.type])).toEqual([
      ['templat-peserta.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
  });

  it('says so when the template cannot be fetched, and saves nothing', async () => {
    const admin = new AdminHarness('admin');
    admin.on('GET', '/api/admin/imports/template', { status: 0, body: null });
    await admin.open('/admin/participants/import?battery=bat-1');

    byText<HTMLButtonElement>(admin.element, 'button', 'Unduh templat CSV').click();
    await admin.settle();

    expect(admin.files.saved).toEqual([]);
    expect(text(admin.element.querySelector('[role="alert"]'))).toBe(
      'Tidak dapat terhubung ke server. Periksa koneksi internet Anda.',
    );
  });
});
