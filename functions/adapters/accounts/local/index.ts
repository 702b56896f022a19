/** The local accounts provider and what the local gateway needs to check its tokens. */
export { localAccounts, type LocalAccountsOptions } from './provider.ts';
export { localJwks } from './signing-key.ts';
export { LOCAL_AUDIENCE, LOCAL_ISSUER, verifyLocalIdToken } from './id-token.ts';
