import type { EntityManager } from 'typeorm';
import { newLinkToken } from './link-token.js';

/** Why a link was made; every email carries a fresh one, and earlier links stay valid until revoked. */
export type LinkKind = 'invitation' | 'resend' | 'reminder' | 'helpdesk';
export type MonitoringLinkKind = LinkKind | 'report';

/**
 * New links, one per assignment id, in one statement (bulk invitations and reminder rounds reach
 * tens of thousands). Only hashes are stored; the raw tokens go into emails or one reply.
 */
export async function issueAssignmentLinks(
  manager: EntityManager,
  assignmentIds: readonly string[],
  kind: LinkKind,
): Promise<string[]> {
  return insertLinks(manager, 'assignment_link', 'assignment_id', assignmentIds, kind);
}

/** New Halaman Monitoring links, one per participant id. */
export async function issueMonitoringLinks(
  manager: EntityManager,
  participantIds: readonly string[],
  kind: MonitoringLinkKind,
): Promise<string[]> {
  return insertLinks(manager, 'monitoring_link', 'participant_id', participantIds, kind);
}

export async function issueAssignmentLink(
  manager: EntityManager,
  assignmentId: string,
  kind: LinkKind,
): Promise<string> {
  const [token] = await issueAssignmentLinks(manager, [assignmentId], kind);
  return token!;
}

export async function issueMonitoringLink(
  manager: EntityManager,
  participantId: string,
  kind: MonitoringLinkKind,
): Promise<string> {
  const [token] = await issueMonitoringLinks(manager, [participantId], kind);
  return token!;
}

async function insertLinks(
  manager: EntityManager,
  table: 'assignment_link' | 'monitoring_link',
  owner: 'assignment_id' | 'participant_id',
  ownerIds: readonly string[],
  kind: MonitoringLinkKind,
): Promise<string[]> {
  if (ownerIds.length === 0) return [];
  const links = ownerIds.map(() => newLinkToken());
  await manager.query(
    `INSERT INTO ${table} (token_hash, ${owner}, kind) SELECT h, o, $3 FROM unnest($1::text[], $2::uuid[]) AS t (h, o)`,
    [links.map((l) => l.hash), ownerIds, kind],
  );
  return links.map((l) => l.token);
}
