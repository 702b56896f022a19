import { dispatch } from '#functions/platform/dispatch.ts';
import { establishment } from './establishment.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { newPassword } from './new-password.ts';
import { refresh } from './refresh.ts';

export const handler = dispatch({
  'auth.establishment': establishment,
  'auth.login': login,
  'auth.new-password': newPassword,
  'auth.refresh': refresh,
  'auth.logout': logout,
});
