import type { CurrentUser, Session } from '#shared/api/schemas/auth.ts';
import { modulesForMember } from '#shared/domain/member-modules.ts';
import { parisToday } from '#shared/domain/calendar-date.ts';
import type { Establishment } from '../ports/establishments.ts';
import type { IdToken } from '../ports/accounts.ts';
import type { User } from '../ports/users.ts';

export function currentUser(user: User, establishment: Establishment): CurrentUser {
  return {
    userId: user.userId,
    uai: user.uai,
    establishmentName: establishment.name,
    login: user.login,
    profile: user.profile,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    modules: modulesForMember(user, parisToday()),
  };
}

export function session(token: IdToken, user: User, establishment: Establishment): Session {
  return { idToken: token.idToken, expiresIn: token.expiresInSeconds, user: currentUser(user, establishment) };
}
