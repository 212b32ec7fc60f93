import type { Language } from '../events/roles.js';

/**
 * RFC 9457 problem details. `code` names the message in ERROR_MESSAGES so every surface
 * (HTTP, portal, console) can render it in the reader's language.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ErrorCode;
  errors?: FieldError[];
  correlationId?: string;
  /** Seconds after which the same request may succeed (also sent as `Retry-After`). */
  retryAfter?: number;
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://evkin.id/problems/';

type Translated = Record<Language, string>;

export const ERROR_MESSAGES = {
  validation_failed: { id: 'Data yang dikirim tidak valid', en: 'The submitted data is not valid' },
  not_found: { id: 'Tidak ditemukan', en: 'Not found' },
  link_invalid: { id: 'Tautan tidak dikenal atau tidak berlaku lagi', en: 'The link is unknown or no longer valid' },
  already_submitted: { id: 'Evaluasi ini sudah dikirim', en: 'This evaluation has already been submitted' },
  duplicate_role: { id: 'Setiap peran penilai hanya boleh satu', en: 'Each rater role may appear only once' },
  unauthenticated: { id: 'Silakan masuk terlebih dahulu', en: 'Please sign in first' },
  invalid_credentials: { id: 'Email atau kata sandi salah', en: 'Wrong email or password' },
  forbidden: { id: 'Anda tidak memiliki akses untuk tindakan ini', en: 'You are not allowed to do this' },
  service_unavailable: {
    id: 'Layanan sedang tidak tersedia, silakan coba lagi',
    en: 'The service is unavailable, please try again',
  },
  timeout: { id: 'Layanan tidak menjawab tepat waktu', en: 'The service did not answer in time' },
  internal: { id: 'Terjadi kesalahan pada sistem', en: 'Something went wrong on our side' },
  rate_limited: { id: 'Terlalu banyak permintaan, coba lagi nanti', en: 'Too many requests, try again later' },
  link_expired: {
    id: 'Tautan ini sudah tidak berlaku karena batas waktu evaluasi telah lewat',
    en: 'This link has expired: the evaluation deadline has passed',
  },
  link_revoked: {
    id: 'Tautan ini telah dicabut karena penilai telah diganti',
    en: 'This link has been revoked because the rater was replaced',
  },
  session_expired: {
    id: 'Sesi Anda telah berakhir; buka kembali tautan dari email Anda',
    en: 'Your session has ended; open the link from your email again',
  },
  incomplete: {
    id: 'Masih ada isian yang belum dijawab',
    en: 'Some answers are still missing',
  },
  battery_closed: {
    id: 'Periode evaluasi baterai ini sudah berakhir',
    en: 'The evaluation period of this battery has ended',
  },
  battery_inactive: { id: 'Baterai ini sedang tidak aktif', en: 'This battery is not active' },
  import_invalid: {
    id: 'Berkas peserta berisi kesalahan; tidak ada data yang disimpan',
    en: 'The participant file has errors; nothing was saved',
  },
  conflict: { id: 'Data telah berubah; muat ulang dan coba lagi', en: 'The data has changed; reload and try again' },
  not_allowed_for_role: {
    id: 'Tindakan ini tidak tersedia untuk peran penilai ini',
    en: 'This action is not available for this rater role',
  },
  report_not_ready: {
    id: 'Laporan belum tersedia: laporan siap setelah keempat penilai mengirim data',
    en: 'The report is not available yet: it is ready once all four raters have submitted',
  },
  proof_not_ready: {
    id: 'Bukti penyelesaian sedang disiapkan; silakan coba lagi sebentar lagi',
    en: 'The proof of completion is being prepared; please try again in a moment',
  },
} as const satisfies Record<string, Translated>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Messages for field-level validation failures, keyed by class-validator constraint name. */
export const FIELD_MESSAGES: Record<string, Translated> = {
  isEmail: { id: 'harus berupa alamat email yang valid', en: 'must be a valid email address' },
  isNotEmpty: { id: 'wajib diisi', en: 'is required' },
  isString: { id: 'harus berupa teks', en: 'must be text' },
  maxLength: { id: 'terlalu panjang', en: 'is too long' },
  minLength: { id: 'terlalu pendek', en: 'is too short' },
  isIn: { id: 'nilainya tidak dikenal', en: 'has an unknown value' },
  isArray: { id: 'harus berupa daftar', en: 'must be a list' },
  isObject: { id: 'harus berupa objek', en: 'must be an object' },
  whitelistValidation: { id: 'tidak dikenal', en: 'is not an accepted field' },
  // Batteries (services/assessment/src/batteries) and scoring settings (libs/scoring).
  invalid_date: { id: 'harus berupa tanggal (TTTT-BB-HH)', en: 'must be a date (YYYY-MM-DD)' },
  deadline_before_start: {
    id: 'batas waktu harus sama dengan atau setelah tanggal mulai',
    en: 'the deadline must be on or after the start date',
  },
  empty_instrument: { id: 'instrumen tidak boleh kosong', en: 'the instrument must not be empty' },
  unknown_sub_competency: { id: 'subkompetensi tidak dikenal', en: 'unknown sub-competency' },
  sub_competency_not_measured: {
    id: 'subkompetensi ini tidak diukur pada jenjang sasaran',
    en: 'this sub-competency is not measured at the target level',
  },
  unknown_item: { id: 'butir pernyataan tidak dikenal', en: 'unknown statement' },
  item_wrong_target: {
    id: 'butir pernyataan ini untuk jenjang atau subkompetensi lain',
    en: 'this statement belongs to another level or sub-competency',
  },
  item_inactive: { id: 'butir pernyataan ini tidak aktif', en: 'this statement is inactive' },
  unknown_activity: {
    id: 'kegiatan atau tugas tidak dikenal untuk sasaran ini',
    en: 'unknown activity or task for this target',
  },
  reminder_days: {
    id: 'hari pengingat harus bilangan bulat 0–60 tanpa duplikat',
    en: 'reminder days must be whole numbers 0–60 without duplicates',
  },
  weight_range: { id: 'bobot harus antara 0 dan 1', en: 'a weight must be from 0 to 1' },
  weights_sum: { id: 'jumlah keempat bobot peran harus 1', en: 'the four role weights must add up to 1' },
  band_range: {
    id: 'batas kategori harus di atas 0 dan paling tinggi 100',
    en: 'a band starts above 0 and at most 100',
  },
  band_precision: { id: 'batas kategori paling banyak satu desimal', en: 'a band has at most one decimal' },
  band_order: { id: 'batas kategori harus menurun', en: 'bands must be in descending order' },
  profile_mode: {
    id: 'mode profil aktivitas harus "self" atau "majority"',
    en: 'the activity profile mode is "self" or "majority"',
  },
  name_taken: { id: 'nama ini sudah dipakai baterai lain', en: 'another battery already has this name' },
  duplicate_entry: { id: 'tercantum lebih dari sekali', en: 'is listed more than once' },
  email_taken: { id: 'email ini sudah dipakai akun lain', en: 'another account already has this email' },
  sub_competency_without_items: {
    id: 'belum ada butir pernyataan untuk subkompetensi ini',
    en: 'no statement is chosen for this sub-competency',
  },
  isBoolean: { id: 'harus benar atau salah', en: 'must be true or false' },
  isNumber: { id: 'harus berupa angka', en: 'must be a number' },
  isInt: { id: 'harus berupa bilangan bulat', en: 'must be a whole number' },
  // Portal answers and raters (services/assessment/src/portal).
  invalid_answer: { id: 'jawaban harus 1, 2, 3 atau 4', en: 'an answer must be 1, 2, 3 or 4' },
  same_as_participant: {
    id: 'penilai tidak boleh orang yang sama dengan peserta',
    en: 'the rater must not be the participant',
  },
  duplicate_rater: {
    id: 'orang yang sama tidak boleh menilai dalam dua peran',
    en: 'the same person must not rate in two roles',
  },
  arrayMaxSize: { id: 'terlalu banyak isian', en: 'has too many entries' },
  unknown: { id: 'tidak valid', en: 'is not valid' },
};

export function translateError(code: ErrorCode, language: Language): string {
  return ERROR_MESSAGES[code][language];
}

export function translateField(constraint: string, language: Language): string {
  return (FIELD_MESSAGES[constraint] ?? FIELD_MESSAGES['unknown']!)[language];
}

/** Picks the first supported language from an Accept-Language header; Indonesian by default. */
export function negotiateLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('id')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return 'id';
}

export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  not_found: 404,
  link_invalid: 404,
  already_submitted: 409,
  duplicate_role: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  service_unavailable: 503,
  timeout: 504,
  internal: 500,
  rate_limited: 429,
  link_expired: 410,
  link_revoked: 410,
  session_expired: 401,
  incomplete: 422,
  battery_closed: 409,
  battery_inactive: 409,
  import_invalid: 422,
  conflict: 409,
  not_allowed_for_role: 403,
  report_not_ready: 409,
  proof_not_ready: 409,
};

/**
 * A problem the client should simply retry carries `retryAfter` (whole seconds) as an extension
 * member, and the gateway sends it as the `Retry-After` header too. A document that exists on one
 * side (assessment recorded the submission or the completion) but not yet on the other (reporting
 * consumes the events asynchronously, usually within a second) is such a case.
 */
export const NOT_READY_RETRY_AFTER_SECONDS = 1;

export function problem(
  code: ErrorCode,
  language: Language,
  extra: Partial<Omit<ProblemDetails, 'code' | 'type' | 'title' | 'status'>> = {},
): ProblemDetails {
  return {
    type: PROBLEM_TYPE_BASE + code.replace(/_/g, '-'),
    title: translateError(code, language),
    status: HTTP_STATUS_BY_CODE[code],
    code,
    ...extra,
  };
}
