import { dispatch } from '#functions/platform/dispatch.ts';
import { createUser } from './create-user.ts';
import { deleteUser } from './delete-user.ts';
import { listUsers } from './list-users.ts';
import { resetPassword } from './reset-password.ts';
import { updateUser } from './update-user.ts';

export const handler = dispatch({
  'utilisateurs.list': listUsers,
  'utilisateurs.create': createUser,
  'utilisateurs.update': updateUser,
  'utilisateurs.delete': deleteUser,
  'utilisateurs.reset-password': resetPassword,
});
