import type { EstablishmentSettings } from '#shared/api/schemas/parametres.ts';
import type { FilesPort } from '#functions/services/ports/files.ts';
import type { Establishment } from '#functions/services/ports/establishments.ts';

/** The settings view: the stored details, and short-lived addresses of the logo and stamp. */
export async function establishmentSettings(establishment: Establishment, files: FilesPort): Promise<EstablishmentSettings> {
  const { uai, name, email, address, postalCode, city, phone, transferDeclarationNumber, transferEnabled, images } = establishment;
  const link = (key: string | null) => (key ? files.presignDownload('files', key) : Promise.resolve(null));
  const [logo, cachet] = await Promise.all([link(images.logo), link(images.cachet)]);
  return { uai, name, email, address, postalCode, city, phone, transferDeclarationNumber, transferEnabled, images: { logo, cachet } };
}
