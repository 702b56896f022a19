import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../web/src/lib/api.ts';
import { FormState } from '../../../web/src/lib/form-state.svelte.ts';
import { passwordFieldOf } from '../../../web/src/lib/password.ts';

const wrongPassword = () => new ApiError(400, 'AUTH_WRONG_CURRENT_PASSWORD', 'Mot de passe actuel incorrect.');
const invalid = () => new ApiError(400, 'VALIDATION_FAILED', 'Vérifiez les champs signalés.', [{ field: 'email', message: 'Adresse invalide.' }]);

describe('a form’s state', () => {
  it('shows the browser’s checks without sending, with no alert when none is given', async () => {
    const form = new FormState(() => undefined);
    const request = vi.fn();

    const answer = await form.save({ check: { problems: [{ path: ['email'], message: 'Adresse invalide.' }] }, request });

    expect(answer).toBeNull();
    expect(request).not.toHaveBeenCalled();
    expect(form.errors).toEqual({ email: 'Adresse invalide.' });
    expect(form.alert).toBeNull();
  });

  it('shows a refusal under the fields the server names, with its message above the form', async () => {
    const form = new FormState(() => undefined);

    await form.save({ request: () => Promise.reject(invalid()) });

    expect(form.errors).toEqual({ email: 'Adresse invalide.' });
    expect(form.alert).toBe('Vérifiez les champs signalés.');
    expect(form.busy).toBe(false);
  });

  it('shows a refusal the form places under one field there alone', async () => {
    const form = new FormState(() => undefined);

    await form.save({
      request: () => Promise.reject(wrongPassword()),
      refusedFields: (refusal) => {
        const field = passwordFieldOf(refusal);
        return field ? { [field]: refusal.message } : null;
      },
    });

    expect(form.errors).toEqual({ currentPassword: 'Mot de passe actuel incorrect.' });
    expect(form.alert).toBeNull();
  });

  it('answers the saved record and says it, or nothing for a form that closes', async () => {
    const form = new FormState(() => undefined);

    expect(await form.save({ request: async () => ({ id: 1 }), savedMessage: 'Enregistré.' })).toEqual({ id: 1 });
    expect(form.saved).toBe('Enregistré.');
    await form.save({ request: async () => ({ id: 2 }) });
    expect(form.saved).toBeNull();
  });
});

describe('one message per list', () => {
  it('gives a field’s own message, or the first one inside it', async () => {
    const form = new FormState(() => undefined);
    const refusal = new ApiError(400, 'VALIDATION_FAILED', 'Vérifiez.', [
      { field: 'links.2', message: 'Lien invalide.' },
      { field: 'links.4', message: 'Autre lien invalide.' },
      { field: 'title', message: 'Titre obligatoire.' },
    ]);

    await form.save({ request: () => Promise.reject(refusal) });

    expect(form.errorOf('links')).toBe('Lien invalide.');
    expect(form.errorOf('title')).toBe('Titre obligatoire.');
    expect(form.errorOf('link')).toBeUndefined();
  });
});

describe('the password field of a refusal', () => {
  it('names the current or the new password, and nothing for other refusals', () => {
    expect(passwordFieldOf(wrongPassword())).toBe('currentPassword');
    expect(passwordFieldOf(new ApiError(400, 'PASSWORD_POLICY', 'Trop court.'))).toBe('newPassword');
    expect(passwordFieldOf(new ApiError(400, 'PASSWORD_UNCHANGED', 'Identique.'))).toBe('newPassword');
    expect(passwordFieldOf(invalid())).toBeNull();
  });
});
