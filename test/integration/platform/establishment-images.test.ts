import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();
// A 1×1 transparent PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('Paramètres: the logo and the stamp of the bilan de formation', () => {
  it('stores a real PNG and shows it through a short-lived address, then removes it', async () => {
    const { uai } = await newEstablishment();
    const admin = await newMember(stack.url, uai, 'admin');
    const saved = await admin.client.call('PUT', '/api/parametres/images/logo', { token: admin.token, body: { mediaType: 'image/png', contentBase64: PNG } });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.images.cachet).toBeNull();
    const image = await fetch(saved.body.images.logo);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer()).equals(Buffer.from(PNG, 'base64'))).toBe(true);

    const removed = await admin.client.call('DELETE', '/api/parametres/images/logo', { token: admin.token });
    expect(removed.body.images.logo).toBeNull();
  });

  it('refuses a file that is not really the declared image, one too large, and an unknown kind', async () => {
    const { uai } = await newEstablishment();
    const chef = await newMember(stack.url, uai, 'chef');
    const pdf = Buffer.from('%PDF-1.4 pretending').toString('base64');
    const disguised = await chef.client.call('PUT', '/api/parametres/images/cachet', {
      token: chef.token,
      body: { mediaType: 'image/png', contentBase64: pdf },
    });
    expect(disguised.status).toBe(400);
    expect(disguised.body.error.message).toBe('Ce fichier n’est pas une image PNG ou JPEG.');

    const jpegAsPng = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]).toString('base64');
    const mislabelled = await chef.client.call('PUT', '/api/parametres/images/cachet', {
      token: chef.token,
      body: { mediaType: 'image/png', contentBase64: jpegAsPng },
    });
    expect(mislabelled.body.error.message).toMatch(/JPEG/);

    const big = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(600 * 1024)]).toString('base64');
    const tooLarge = await chef.client.call('PUT', '/api/parametres/images/cachet', {
      token: chef.token,
      body: { mediaType: 'image/png', contentBase64: big },
    });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.message).toMatch(/500 Ko/);

    const unknown = await chef.client.call('PUT', '/api/parametres/images/photo', { token: chef.token, body: { mediaType: 'image/png', contentBase64: PNG } });
    expect(unknown.status).toBe(404);
    const settings = await chef.client.call('GET', '/api/parametres/etablissement', { token: chef.token });
    expect(settings.body.images).toEqual({ logo: null, cachet: null });
  });
});
