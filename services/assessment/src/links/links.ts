import type { EntityManager } from 'typeorm';
import { newLinkToken } from './link-token.js';

/** Why a link was made; every email carries a fresh one, and earlier links stay valid until revoked. */
export type LinkKind = 'invitation' | 'resend' | 'reminder' | 'helpdesk';
export type MonitoringLinkKind = LinkKind | 'report';

/** A new link to an assignment; only its hash is stored, the raw token goes into one email or one reply. */
export async function issueAssignmentLink(
  manager: EntityManager,
  assignmentId: string,
  kind: LinkKind,
): Promise<string> {
  const { token, hash } = newLinkToken();
  await manager.query(`INSERT INTO assignment_link (token_hash, assignment_id, kind) VALUES ($1, $2, $3)`, [
    hash,
    assignmentId,
    kind,
  ]);
  return token;
}

export async function issueMonitoringLink(
  manager: EntityManager,
  participantId: string,
  kind: MonitoringLinkKind,
): Promise<string> {
  const { token, hash } = newLinkToken();
  await manager.query(`INSERT INTO monitoring_link (token_hash, participant_id, kind) VALUES ($1, $2, $3)`, [
    hash,
    participantId,
    kind,
  ]);
  return token;
}
