import { describe, expect, it } from 'vitest';
import { ApiClient, buildUrl } from './client';
import { createApi } from './endpoints';
import { ApiError, codeForStatus, parseRetryAfter, toApiError } from './errors';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(responses: (() => Response)[]) {
  const calls: Call[] = [];
  const fetchImpl = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  };
  return { calls, fetchImpl };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const session = (state = 'active', csrf = 'csrf-1') => ({
  state,
  csrf_token: csrf,
  expires_at: '2026-11-23T22:00:00.000Z',
  user: { id: 3, username: 'ric', display_name: 'R. Demo', role: 'ric', discipline: null, revalidant_id: null },
});

const header = (c: Call, name: string) => (c.init.headers as Record<string, string>)[name];

describe('toApiError', () => {
  it('reads the documented error shape', () => {
    const e = toApiError(422, {
      error: {
        code: 'invalid_input',
        message: 'revalidant: bsn is not a valid BSN',
        fields: [{ path: 'bsn', code: 'elfproef', message: 'is not a valid BSN' }],
      },
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(422);
    expect(e.code).toBe('invalid_input');
    expect(e.fields).toEqual([{ path: 'bsn', code: 'elfproef', message: 'is not a valid BSN' }]);
  });

  it('falls back to the status when the body is not the error shape', () => {
    expect(toApiError(503, '<html>').code).toBe('unavailable');
    expect(toApiError(401, undefined).code).toBe('unauthenticated');
    expect(toApiError(418, null).code).toBe('unexpected');
    expect(toApiError(502, {}).code).toBe('internal');
  });

  it('drops malformed field entries', () => {
    const e = toApiError(422, { error: { code: 'invalid_input', fields: [{ path: 1 }, { path: 'a', code: 'required' }, 'x'] } });
    expect(e.fields).toEqual([{ path: 'a', code: 'required' }]);
  });

  it('keeps Retry-After seconds', () => {
    expect(toApiError(429, { error: { code: 'too_many_requests' } }, '120').retryAfterSeconds).toBe(120);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });

  it('maps every documented status', () => {
    expect([400, 401, 403, 404, 409, 413, 422, 429, 503].map(codeForStatus)).toEqual([
      'bad_request',
      'unauthenticated',
      'forbidden',
      'not_found',
      'conflict',
      'payload_too_large',
      'invalid_input',
      'too_many_requests',
      'unavailable',
    ]);
  });
});

describe('buildUrl', () => {
  it('leaves out empty parameters', () => {
    expect(buildUrl('/api/v1', '/revalidanten', { q: '', page: 2, page_size: 25, role: undefined })).toBe(
      '/api/v1/revalidanten?page=2&page_size=25',
    );
    expect(buildUrl('/api/v1', '/teams')).toBe('/api/v1/teams');
    expect(buildUrl('/api/v1', '/revalidanten', { q: 'de Vries & zn' })).toBe('/api/v1/revalidanten?q=de+Vries+%26+zn');
  });
});

describe('ApiClient', () => {
  it('sends same-origin credentials and the CSRF token only on state-changing requests', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(200, session('active', 'tok-9')),
      json(200, { items: [], page: 1, page_size: 25, total: 0 }),
      json(201, { id: 1 }),
      () => new Response(null, { status: 204 }),
    ]);
    const client = new ApiClient('/api/v1', fetchImpl);
    const api = createApi(client);
    await api.session.get();
    expect(client.getCsrfToken()).toBe('tok-9');
    await api.revalidanten.list('jan');
    await api.teams.create('Team A');
    await api.session.logout();
    expect(calls.map((c) => c.init.credentials)).toEqual(['same-origin', 'same-origin', 'same-origin', 'same-origin']);
    expect(header(calls[1]!, 'X-CSRF-Token')).toBeUndefined();
    expect(header(calls[2]!, 'X-CSRF-Token')).toBe('tok-9');
    expect(header(calls[2]!, 'Content-Type')).toBe('application/json');
    expect(calls[2]!.init.body).toBe('{"name":"Team A"}');
    expect(header(calls[3]!, 'X-CSRF-Token')).toBe('tok-9');
    expect(calls[3]!.init.method).toBe('DELETE');
    expect(client.getCsrfToken()).toBeNull();
    expect(calls[1]!.url).toBe('/api/v1/revalidanten?q=jan');
  });

  it('takes the new CSRF token from every session answer', async () => {
    const { fetchImpl } = fakeFetch([
      json(200, session('totp_enrolment_required', 'a')),
      json(200, { recovery_codes: ['x'], session: session('active', 'b') }),
    ]);
    const client = new ApiClient('/api/v1', fetchImpl);
    const api = createApi(client);
    await api.session.login('arts', 'pw');
    expect(client.getCsrfToken()).toBe('a');
    await api.session.confirmEnrolment('123456');
    expect(client.getCsrfToken()).toBe('b');
  });

  it('sends the user to the login page on 401, except where 401 is expected', async () => {
    const { fetchImpl } = fakeFetch([
      json(401, { error: { code: 'unauthenticated', message: 'no session' } }),
      json(401, { error: { code: 'unauthenticated', message: 'wrong credentials' } }),
    ]);
    const client = new ApiClient('/api/v1', fetchImpl);
    client.setCsrfToken('old');
    let sent = 0;
    client.onUnauthenticated = () => {
      sent += 1;
    };
    const api = createApi(client);
    await expect(api.revalidanten.get(1)).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(sent).toBe(1);
    expect(client.getCsrfToken()).toBeNull();
    await expect(api.session.login('x', 'y')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(sent).toBe(1);
  });

  it('reports a network failure as code "network"', async () => {
    const { fetchImpl } = fakeFetch([]);
    const api = createApi(new ApiClient('/api/v1', fetchImpl));
    await expect(api.teams.list()).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('sends the version with an update', async () => {
    const { calls, fetchImpl } = fakeFetch([json(409, { error: { code: 'conflict', message: 'stale' } })]);
    const api = createApi(new ApiClient('/api/v1', fetchImpl));
    await expect(api.institution.update({
      name: 'X', address: '', postal_code: '', city: '', phone: '', email: '', website: '', ric_model: 'vast',
    }, 7)).rejects.toMatchObject({ status: 409, code: 'conflict' });
    expect(JSON.parse(calls[0]!.init.body as string)).toMatchObject({ version: 7, ric_model: 'vast' });
    expect(calls[0]!.init.method).toBe('PUT');
  });

  it('rejects a success answer that is not JSON', async () => {
    const { fetchImpl } = fakeFetch([() => new Response('<html>', { status: 200 })]);
    const api = createApi(new ApiClient('/api/v1', fetchImpl));
    await expect(api.teams.list()).rejects.toMatchObject({ code: 'unexpected' });
  });
});
