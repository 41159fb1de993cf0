/**
 * The form in which accounts are compared: Unicode NFKC, then trimmed. So full-width
 * `ｙａｍａｄａ１` and `yamada1 ` match `yamada1`, and half-width katakana match full-width;
 * case, inner spaces and leading zeros still matter (`0001` is not `1`, `Yamada` is not `yamada`).
 *
 * @example
 * normalizeAccount('　１０００ ') // → '1000'
 */
export function normalizeAccount(account: string): string {
  return account.normalize('NFKC').trim();
}
