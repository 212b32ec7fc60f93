/**
 * Boot-time environment validation. Every variable a service reads is declared once with its
 * default and a description; the README's configuration table is generated from these
 * declarations (`npm run env:doc`), so the two cannot drift.
 */
export interface EnvVar<T> {
  description: string;
  /** Default used when unset; `undefined` means required. */
  default?: string;
  /** A value that is required only in production (e.g. SMTP). */
  requiredInProduction?: boolean;
  secret?: boolean;
  parse: (raw: string, name: string) => T;
}

export type EnvSchema = Record<string, EnvVar<unknown>>;
export type EnvOf<S extends EnvSchema> = { readonly [K in keyof S]: S[K] extends EnvVar<infer T> ? T : never };

export class EnvValidationError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`${service}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvValidationError';
  }
}

class ParseError extends Error {}

export const env = {
  string(description: string, options: { default?: string; secret?: boolean; requiredInProduction?: boolean } = {}) {
    return { description, ...options, parse: (raw: string) => raw } satisfies EnvVar<string>;
  },
  optionalString(description: string, options: { secret?: boolean; requiredInProduction?: boolean } = {}) {
    return {
      description,
      default: '',
      ...options,
      parse: (raw: string): string | undefined => (raw === '' ? undefined : raw),
    } satisfies EnvVar<string | undefined>;
  },
  int(description: string, options: { default?: string; min?: number; max?: number } = {}) {
    return {
      description,
      ...(options.default === undefined ? {} : { default: options.default }),
      parse: (raw: string) => {
        const value = Number(raw);
        if (!Number.isInteger(value)) throw new ParseError(`must be an integer, got "${raw}"`);
        if (options.min !== undefined && value < options.min) throw new ParseError(`must be ≥ ${options.min}`);
        if (options.max !== undefined && value > options.max) throw new ParseError(`must be ≤ ${options.max}`);
        return value;
      },
    } satisfies EnvVar<number>;
  },
  port(description: string, defaultPort: number) {
    return env.int(description, { default: String(defaultPort), min: 0, max: 65535 });
  },
  url(description: string, options: { default?: string; protocols: string[]; secret?: boolean }) {
    return {
      description,
      ...(options.default === undefined ? {} : { default: options.default }),
      ...(options.secret ? { secret: true } : {}),
      parse: (raw: string) => {
        let url: URL;
        try {
          url = new URL(raw);
        } catch {
          throw new ParseError(`must be a URL (${options.protocols.map((p) => `${p}//…`).join(' or ')})`);
        }
        if (!options.protocols.includes(url.protocol)) {
          throw new ParseError(`must use ${options.protocols.join(' or ')}, got ${url.protocol}`);
        }
        return raw;
      },
    } satisfies EnvVar<string>;
  },
  /** A URL that may be left unset (then `undefined`), e.g. an optional integration. */
  optionalUrl(description: string, options: { protocols: string[] }) {
    const url = env.url(description, options);
    return {
      description,
      default: '',
      parse: (raw: string): string | undefined => (raw === '' ? undefined : url.parse(raw)),
    } satisfies EnvVar<string | undefined>;
  },
  /** A comma-separated list of non-empty values. */
  list(description: string, options: { default: string }) {
    return {
      description,
      default: options.default,
      parse: (raw: string) => {
        const values = raw
          .split(',')
          .map((value) => value.trim())
          .filter((value) => value !== '');
        if (values.length === 0) throw new ParseError('must list at least one value (comma-separated)');
        return values;
      },
    } satisfies EnvVar<string[]>;
  },
  oneOf<T extends string>(description: string, values: readonly T[], defaultValue: T) {
    return {
      description,
      default: defaultValue,
      parse: (raw: string) => {
        if (!(values as readonly string[]).includes(raw)) throw new ParseError(`must be one of ${values.join(', ')}`);
        return raw as T;
      },
    } satisfies EnvVar<T>;
  },
};

/** Variables every service reads. */
export const commonEnv = {
  NODE_ENV: env.oneOf(
    'development, test or production; production hides /dev routes and requires SMTP',
    ['development', 'test', 'production'] as const,
    'development',
  ),
  LOG_LEVEL: env.oneOf(
    'pino log level',
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
    'info',
  ),
  RABBITMQ_URL: env.url('AMQP broker URL', {
    default: 'amqp://guest:guest@localhost:5672',
    protocols: ['amqp:', 'amqps:'],
    secret: true,
  }),
} satisfies EnvSchema;

/** The portal's public address (invitation links, the OpenID Connect callback). */
export const publicUrlEnv = {
  PUBLIC_URL: env.url('Public base URL of the portal, used in invitation links and the SSO callback', {
    default: 'http://localhost:3000',
    protocols: ['http:', 'https:'],
  }),
} satisfies EnvSchema;

export const databaseEnv = {
  DATABASE_URL: env.url('PostgreSQL URL; each service keeps its tables in its own schema', {
    default: 'postgres://postgres@localhost:5432/evkin',
    protocols: ['postgres:', 'postgresql:'],
    secret: true,
  }),
} satisfies EnvSchema;

export function loadEnv<S extends EnvSchema>(
  service: string,
  schema: S,
  source: Record<string, string | undefined> = process.env,
): EnvOf<S> {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  const production = source['NODE_ENV'] === 'production';
  for (const [name, spec] of Object.entries(schema)) {
    const raw = source[name] ?? spec.default;
    if (raw === undefined) {
      problems.push(`${name} is required: ${spec.description}`);
      continue;
    }
    if (production && spec.requiredInProduction && raw === '') {
      problems.push(`${name} is required in production: ${spec.description}`);
      continue;
    }
    try {
      result[name] = spec.parse(raw, name);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      problems.push(`${name} ${error.message} (${spec.description})`);
    }
  }
  if (problems.length > 0) throw new EnvValidationError(service, problems);
  return Object.freeze(result) as EnvOf<S>;
}

/** Rows for the README's configuration table. */
export function describeEnv(schema: EnvSchema): { name: string; default: string; description: string }[] {
  return Object.entries(schema).map(([name, spec]) => ({
    name,
    default: spec.default === undefined ? '(required)' : spec.default === '' ? '(unset)' : spec.default,
    description: spec.description + (spec.requiredInProduction ? ' (required in production)' : ''),
  }));
}

/** The README's configuration table: one section per service, every variable with its default. */
export function renderEnvTable(sections: Record<string, EnvSchema>): string {
  const rows = new Map<string, { default: string; description: string; services: string[] }>();
  for (const [service, schema] of Object.entries(sections)) {
    for (const row of describeEnv(schema)) {
      const key = `${row.name}\u0000${row.default}`;
      const existing = rows.get(key);
      if (existing) existing.services.push(service);
      else rows.set(key, { default: row.default, description: row.description, services: [service] });
    }
  }
  const lines = ['| Variable | Default | Used by | Meaning |', '| --- | --- | --- | --- |'];
  for (const [key, row] of rows) {
    const name = key.split('\u0000')[0]!;
    lines.push(`| \`${name}\` | \`${row.default}\` | ${row.services.join(', ')} | ${row.description} |`);
  }
  return lines.join('\n');
}
