/**
 * The demo establishment provisioned on the first `npm start` with empty data, so a newcomer
 * can sign in at once. Its initial password is public (README) and must be changed at the
 * first sign-in, like every initial password. The UAI is fictitious (no real one ends in X
 * after seven zeros).
 */
export const DEMO = {
  uai: '0000000X',
  name: 'Lycée professionnel de démonstration',
  email: 'direction@demo.cerise.local',
  adminLogin: 'admin',
  adminPassword: 'cerise-demo',
} as const;
