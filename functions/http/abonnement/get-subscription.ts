import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { quotaCountersStore } from '#functions/services/abonnement/quota-counters-store.ts';
import { subscription } from '#functions/services/abonnement/subscription.ts';

export const getSubscription = httpHandler(routeById('abonnement.get'), async ({ caller }) =>
  subscription(dependencies(), quotaCountersStore, caller.uai),
);
