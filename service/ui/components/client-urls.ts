const enc = encodeURIComponent;

/** Dashboard URLs of an account's OAuth clients (the route patterns live in http/paths.ts). */
export const clientUrls = {
  list: (accountId: string) => `/accounts/${enc(accountId)}/clients`,
  create: (accountId: string) => `/accounts/${enc(accountId)}/clients/new`,
  detail: (accountId: string, clientId: string) => `/accounts/${enc(accountId)}/clients/${enc(clientId)}`,
  rotate: (accountId: string, clientId: string) => `/accounts/${enc(accountId)}/clients/${enc(clientId)}/rotate_secret`,
  finish: (accountId: string, clientId: string) => `/accounts/${enc(accountId)}/clients/${enc(clientId)}/rotate_secret/finish`,
  remove: (accountId: string, clientId: string) => `/accounts/${enc(accountId)}/clients/${enc(clientId)}/delete`,
  verificationCheck: (accountId: string, clientId: string) => `/accounts/${enc(accountId)}/clients/${enc(clientId)}/verification/check`,
  verificationRestart: (accountId: string, clientId: string) => `/accounts/${enc(accountId)}/clients/${enc(clientId)}/verification/restart`,
  makePublic: (accountId: string, clientId: string) => `/accounts/${enc(accountId)}/clients/${enc(clientId)}/make_public`,
};

/** `2026-11-26 23:08 UTC` from an ISO timestamp. */
export const shortTime = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
