import { dispatch } from '#functions/platform/dispatch.ts';
import { deleteImage } from './delete-image.ts';
import { getEstablishment } from './get-establishment.ts';
import { updateEstablishment } from './update-establishment.ts';
import { uploadImage } from './upload-image.ts';

export const handler = dispatch({
  'parametres.get-establishment': getEstablishment,
  'parametres.update-establishment': updateEstablishment,
  'parametres.upload-image': uploadImage,
  'parametres.delete-image': deleteImage,
});
