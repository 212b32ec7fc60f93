import { ScoringInputError } from '@evkin/scoring';

/**
 * Events and DTOs name sub-competencies "sk01" … "sk15"; @evkin/scoring numbers them 1–15
 * (seed 000 Tabel 1). The mapping lives only here, at reporting's boundary.
 */
const PATTERN = /^sk(0[1-9]|1[0-5])$/;

export function subCompetencyNumber(id: string): number {
  const match = PATTERN.exec(id);
  if (!match) throw new ScoringInputError(`"${id}" is not a sub-competency id (sk01 … sk15).`);
  return Number(match[1]);
}

export function subCompetencyCode(no: number): string {
  if (!Number.isInteger(no) || no < 1 || no > 15) throw new ScoringInputError(`${no} is not a sub-competency number.`);
  return `sk${String(no).padStart(2, '0')}`;
}
