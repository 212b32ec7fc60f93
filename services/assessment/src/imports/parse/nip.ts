export type NipProblem = 'digits' | 'scientific' | 'rounded';

/** NIP: 18 digits, spaces between groups allowed ("19850101 201001 1 001"). */
export function checkNip(value: string, rounded: boolean): { nip: string } | { problem: NipProblem } {
  if (rounded) return { problem: 'rounded' };
  if (/^\d+(?:[.,]\d+)?e\+?\d+$/i.test(value)) return { problem: 'scientific' };
  const nip = value.replace(/[\s\u00a0]+/g, '');
  return /^\d{18}$/.test(nip) ? { nip } : { problem: 'digits' };
}
