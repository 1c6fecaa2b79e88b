import { describe, expect, it } from 'vitest';
import { exportFileName, parseDefinitionFile } from './FormDefinitionsPage';

describe('form definition import file', () => {
  it('accepts one JSON object', () => {
    const r = parseDefinitionFile('{"id":"x","version":2,"title":"X","items":[]}');
    expect(r.ok).toBe(true);
  });
  it('explains invalid JSON in Dutch', () => {
    const r = parseDefinitionFile('{"id": "x",');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Het bestand is geen geldige JSON/);
  });
  it('refuses arrays and scalars', () => {
    for (const text of ['[]', '3', 'null', '"tekst"']) {
      const r = parseDefinitionFile(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/geen formulierdefinitie/);
    }
  });
  it('names the download after id and version', () => {
    expect(exportFileName('agr-1-intake-arts', 3)).toBe('agr-1-intake-arts-v3.json');
    expect(exportFileName('a/b c', 1)).toBe('a_b_c-v1.json');
  });
});
