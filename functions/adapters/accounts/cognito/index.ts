/** The accounts provider over Amazon Cognito, used in AWS. */
export { cognitoAccounts, type CognitoAccountsOptions } from './provider.ts';
