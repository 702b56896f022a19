import type { EstablishmentSettings } from '#shared/api/schemas/parametres.ts';
import type { Establishment } from '#functions/services/ports/establishments.ts';

export function establishmentSettings(establishment: Establishment): EstablishmentSettings {
  const { uai, name, email, address, postalCode, city, phone } = establishment;
  return { uai, name, email, address, postalCode, city, phone };
}
