/** Failures no later pass can overcome without an administrator: the token or the proxy credentials. */
export const CREDENTIAL_CODES: ReadonlySet<string> = new Set([
  'KOT_AUTHENTICATION_FAILED',
  'KOT_PERMISSION_DENIED',
  'KOT_PROXY_AUTHENTICATION_FAILED',
]);
