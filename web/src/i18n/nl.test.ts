import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, FIELD_CODES, ROLES, EMPLOYMENT_STATUSES, AUDIT_ACTIONS, AUDIT_OUTCOMES } from '../api/types';
import {
  REVALIDANT_PATHS,
  INSTITUTION_PATHS,
  USER_PATHS,
} from '../forms/formState';
import {
  auditActionLabels,
  auditOutcomeLabels,
  basePath,
  employmentStatusLabels,
  errorCodeMessages,
  errorMessage,
  fieldCodeMessages,
  fieldErrorMessage,
  fieldNames,
  formatDate,
  formatDateShort,
  formatTimestamp,
  roleLabels,
} from './nl';

// docs/api.md is the contract; read it so the catalogue follows it when it grows.
const apiDoc = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');

function fieldCodesInDoc(): string[] {
  const start = apiDoc.indexOf('Field codes the UI translates');
  expect(start).toBeGreaterThan(-1);
  const para = apiDoc.slice(start, apiDoc.indexOf('\n\n', start));
  return [...para.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!);
}

function errorCodesInDoc(): string[] {
  const codes: string[] = [];
  for (const line of apiDoc.split('\n')) {
    const m = /^\|\s*\d{3}\s*\|([^|]+)\|/.exec(line);
    if (m) for (const c of m[1]!.matchAll(/`([a-z_]+)`/g)) codes.push(c[1]!);
  }
  return codes;
}

describe('catalogue covers docs/api.md', () => {
  it('finds the codes in the contract', () => {
    expect(fieldCodesInDoc().length).toBeGreaterThanOrEqual(14);
    expect(errorCodesInDoc()).toContain('too_many_requests');
  });

  it('translates every field code of the contract', () => {
    for (const code of fieldCodesInDoc()) {
      expect(fieldCodeMessages, code).toHaveProperty(code);
      expect(FIELD_CODES as readonly string[]).toContain(code);
    }
  });

  it('translates every error code of the contract', () => {
    for (const code of errorCodesInDoc()) {
      expect(errorCodeMessages, code).toHaveProperty(code);
      expect(ERROR_CODES as readonly string[]).toContain(code);
    }
    for (const code of ERROR_CODES) expect(errorCodeMessages).toHaveProperty(code);
  });

  it('names every field of every form', () => {
    for (const p of REVALIDANT_PATHS) expect(fieldNames.revalidant, p).toHaveProperty([p]);
    for (const p of INSTITUTION_PATHS) expect(fieldNames.institution, p).toHaveProperty([p]);
    for (const p of USER_PATHS) expect(fieldNames.user, p).toHaveProperty([p]);
  });

  it('has Dutch labels for every role, employment status, audit action and outcome', () => {
    for (const r of ROLES) expect(roleLabels).toHaveProperty(r);
    for (const s of EMPLOYMENT_STATUSES) expect(employmentStatusLabels).toHaveProperty(s);
    for (const a of AUDIT_ACTIONS) expect(auditActionLabels).toHaveProperty(a);
    for (const o of AUDIT_OUTCOMES) expect(auditOutcomeLabels).toHaveProperty(o);
  });
});

describe('field error sentences', () => {
  it('says the BSN fails the elfproef', () => {
    expect(fieldErrorMessage('revalidant', 'bsn', 'elfproef')).toBe(
      'Het BSN is ongeldig (elfproef). Controleer de negen cijfers.',
    );
  });

  it('uses the plural verb for plural fields', () => {
    expect(fieldErrorMessage('revalidant', 'given_names', 'required')).toBe('De voornamen zijn verplicht.');
    expect(fieldErrorMessage('revalidant', 'family_name', 'required')).toBe('De achternaam is verplicht.');
    expect(fieldErrorMessage('revalidant', 'date_of_birth', 'in_future')).toBe(
      'De geboortedatum mag niet in de toekomst liggen.',
    );
  });

  it('names nested fields fully', () => {
    expect(fieldErrorMessage('revalidant', 'employer.contact_email', 'invalid_email')).toMatch(
      /^Het e-mailadres van de contactpersoon bij de werkgever is geen geldig e-mailadres/,
    );
  });

  it('covers the other forms', () => {
    expect(fieldErrorMessage('user', 'username', 'taken')).toBe('De gebruikersnaam is al in gebruik. Kies een andere.');
    expect(fieldErrorMessage('password', 'new_password', 'too_short')).toBe(
      'Het nieuwe wachtwoord is te kort. Gebruik minstens 12 tekens.',
    );
    expect(fieldErrorMessage('login', 'code', 'invalid_code')).toMatch(/^De verificatiecode is onjuist/);
  });

  it('produces a sentence for every field code on every revalidant field', () => {
    for (const p of REVALIDANT_PATHS) {
      for (const c of FIELD_CODES) {
        const msg = fieldErrorMessage('revalidant', p, c);
        expect(msg).toMatch(/^[A-Z]/);
        expect(msg).toMatch(/\.$/);
      }
    }
  });

  it('falls back for unknown paths and codes', () => {
    expect(fieldErrorMessage('revalidant', 'nieuw_veld', 'required')).toBe('Het veld "nieuw_veld" is verplicht.');
    expect(fieldErrorMessage('revalidant', 'bsn', 'something_new')).toBe('Het BSN is niet juist ingevuld.');
    expect(errorMessage('something_new')).toBe(errorCodeMessages.unexpected);
  });

  it('strips list indices from paths', () => {
    expect(basePath('team_ids[2]')).toBe('team_ids');
    expect(basePath('team_ids.2')).toBe('team_ids');
    expect(basePath('employer.contact_email')).toBe('employer.contact_email');
    expect(fieldErrorMessage('user', 'team_ids[0]', 'invalid_value')).toMatch(/^De teams zijn niet geldig/);
  });
});

describe('formatting', () => {
  it('formats dates the Dutch way', () => {
    expect(formatDate('1980-04-01')).toBe('1 april 1980');
    expect(formatDateShort('1980-04-01')).toBe('01-04-1980');
    expect(formatDate('geen datum')).toBe('geen datum');
  });

  it('shows timestamps in Amsterdam time', () => {
    // 14:05 UTC in winter is 15:05 in Amsterdam; in summer 16:05.
    expect(formatTimestamp('2026-11-23T14:05:09.123Z')).toMatch(/23-11-2026.*15:05:09/);
    expect(formatTimestamp('2026-07-01T14:05:09Z')).toMatch(/01-07-2026.*16:05:09/);
  });
});

// Guard for "no Dutch strings outside the catalogue": JSX text and common text props in
// components must come from nl.ts.
describe('no hard-coded UI text', () => {
  const root = new URL('..', import.meta.url).pathname;
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.tsx')) files.push(p);
    }
  };
  walk(root);

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  // Walks the TSX syntax tree: JSX text and string-literal text attributes must be empty.
  const TEXT_ATTRS = new Set(['label', 'description', 'aria-label', 'alt', 'title', 'placeholder']);
  const hardCoded = (file: string): string[] => {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && /[A-Za-zÀ-ÿ]/.test(node.text)) found.push(node.text.trim());
      if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
        const name = node.name.getText(sf);
        if (TEXT_ATTRS.has(name) && /[A-Za-zÀ-ÿ]/.test(node.initializer.text)) found.push(`${name}="${node.initializer.text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return found;
  };

  it.each(files.map((f) => [f.slice(root.length), f]))('%s', (_name, file) => {
    expect(hardCoded(file)).toEqual([]);
});
});
