import { ValidationPipe, type ValidationError } from '@nestjs/common';

/** Field-level failures keyed by constraint name; the problem filter translates them. */
export class ValidationProblem extends Error {
  constructor(readonly fields: { field: string; code: string }[]) {
    super('validation failed');
    this.name = 'ValidationProblem';
  }
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; code: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((code) => ({ field, code }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Unknown fields are refused, not silently dropped: a typo must not look like success. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationProblem(flatten(errors)),
  });
}
