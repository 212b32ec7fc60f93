/**
 * CSV/Excel injection (OWASP): a value a spreadsheet would evaluate when the data is exported and opened.
 * Leading spaces are looked through because the value is stored trimmed.
 */
export function isFormulaLike(raw: string): boolean {
  const first = raw[0];
  if (first === '\t' || first === '\r') return true;
  const start = raw.trimStart()[0];
  return start === '=' || start === '+' || start === '-' || start === '@';
}
