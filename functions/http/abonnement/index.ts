import { dispatch } from '#functions/platform/dispatch.ts';
import { getSubscription } from './get-subscription.ts';

export const handler = dispatch({
  'abonnement.get': getSubscription,
});
