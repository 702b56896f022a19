import { dispatch } from '#functions/platform/dispatch.ts';
import { changeEmailHandler } from './change-email.ts';
import { changePasswordHandler } from './change-password.ts';
import { me } from './me.ts';

export const handler = dispatch({
  'compte.me': me,
  'compte.change-email': changeEmailHandler,
  'compte.change-password': changePasswordHandler,
});
