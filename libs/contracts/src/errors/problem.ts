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
};

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
