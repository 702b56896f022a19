/**
 * The stack name and the names of its outputs. `npm run deploy` writes them to
 * `cdk-outputs.json` as `{ [STACK_NAME]: { [output]: value } }`; operator commands read them
 * from there. Kept free of aws-cdk-lib so that reading them stays cheap.
 */
export const STACK_NAME = 'Cerise';

export const OUTPUTS = {
  appUrl: 'AppUrl',
  apiUrl: 'ApiUrl',
  tableName: 'TableName',
  userPoolId: 'UserPoolId',
  userPoolClientId: 'UserPoolClientId',
  importsBucket: 'ImportsBucket',
  filesBucket: 'FilesBucket',
  mailFrom: 'MailFrom',
} as const;

export type OutputName = (typeof OUTPUTS)[keyof typeof OUTPUTS];
