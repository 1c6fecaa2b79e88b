import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { worksampleErrors } from './WorksamplesPage';

describe('worksample errors', () => {
  it('gives the conflict text for a 409', () => {
    expect(worksampleErrors(new ApiError(409, 'conflict', 'stale'), 'Al gewijzigd.')).toEqual(['Al gewijzigd.']);
  });
  it('names the field in Dutch for a 422', () => {
    const e = new ApiError(422, 'invalid_input', 'bad', [
      { path: 'name', code: 'required' },
      { path: 'kind', code: 'invalid_value' },
    ]);
    expect(worksampleErrors(e, 'x')).toEqual(['Naam is verplicht.', 'Soort werksample heeft een ongeldige waarde.']);
  });
});
