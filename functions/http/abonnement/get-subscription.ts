import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { subscription } from '#functions/services/abonnement/subscription.ts';

export const getSubscription = httpHandler(routeById('abonnement.get'), async ({ caller }) => subscription(dependencies(), caller.uai));
