import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { visieFieldCodes } from '../i18n/visie';
import { visieErrorMessage } from './messages';

describe('document errors', () => {
  it('shows the server sentence that names the medical words of a letter to the werkgever', () => {
    const err = new ApiError(422, 'invalid_input', 'x', [
      { path: 'text', code: 'medical_content', message: 'Vul geen medische informatie in (gevonden: beroerte).' },
    ]);
    expect(visieErrorMessage(err)).toBe('Vul geen medische informatie in (gevonden: beroerte).');
  });

  it('falls back to the general sentence when the server sent none', () => {
    const err = new ApiError(422, 'invalid_input', 'x', [{ path: 'text', code: 'medical_content' }]);
    expect(visieErrorMessage(err)).toBe(visieFieldCodes.medical_content!('text'));
  });
});
