/**
 * The 11-proef for a burgerservicenummer: digits d1..d9,
 * 9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 - 1*d9 must be divisible by 11,
 * and the number must not be all zeros. Separators (dots, spaces, hyphens) are ignored.
 */
export function isValidBsn(digits: string): boolean {
  const clean = digits.replace(/[\s.\u00a0-]/g, '');
  if (!/^\d{9}$/.test(clean) || /^0+$/.test(clean)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (clean.charCodeAt(i) - 48);
  sum -= clean.charCodeAt(8) - 48;
  return sum % 11 === 0;
}
