import type { AdminRole } from '@evkin/contracts';

/**
 * The console role of a provider's role claim (a string or a list of strings): admin when any value
 * is an admin value, else viewer when any is a viewer value, else none.
 */
export function roleOfClaim(
  claim: unknown,
  values: { admin: readonly string[]; viewer: readonly string[] },
): AdminRole | undefined {
  const held = (Array.isArray(claim) ? claim : [claim]).filter((value): value is string => typeof value === 'string');
  if (held.some((value) => values.admin.includes(value))) return 'admin';
  if (held.some((value) => values.viewer.includes(value))) return 'viewer';
  return undefined;
}
