#!/usr/bin/env node
// A stand-in for the werkpad binary, for front-end work while the C++ server is being built.
// It speaks the same command line (`--db sqlite:FILE migrate|demo|serve --listen H:P
// --static-dir DIR`) and a simplified version of docs/api.md, keeping its state in a JSON file
// next to the given database path. It is NOT the contract's authority and is not used by CI:
// the e2e tests are meant to run against the real binary (WERKPAD_BIN).
//
//   WERKPAD_BIN=web/dev/fake-werkpad.mjs WERKPAD_STATIC_DIR=web/dist npm run e2e

import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import * as OTPAuth from 'otpauth';

const args = process.argv.slice(2);
const dbArg = args[args.indexOf('--db') + 1] ?? 'sqlite:fake.db';
const stateFile = `${dbArg.replace(/^sqlite:/, '')}.fake.json`;
const command = args.find((a) => ['migrate', 'demo', 'serve'].includes(a));
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

const now = () => new Date().toISOString();
const load = () => JSON.parse(readFileSync(stateFile, 'utf8'));
const save = (s) => writeFileSync(stateFile, JSON.stringify(s, null, 1));

const DEMO_PASSWORD = 'werkpad-demo-2026';
const STAFF = ['admin', 'revalidatiearts', 'ric', 'therapeut'];

if (command === 'migrate') {
  if (!existsSync(stateFile)) {
    save({
      seq: { user: 0, team: 0, revalidant: 0, audit: 0 },
      users: [],
      teams: [],
      disciplines: [
        { code: 'fysiotherapie', label: 'Fysiotherapie', builtin: true },
        { code: 'ergotherapie', label: 'Ergotherapie', builtin: true },
        { code: 'psychologie', label: 'Psychologie', builtin: true },
      ],
      institution: {
        name: 'Revalidatiecentrum Voorbeeld',
        address: 'Voorbeeldlaan 1',
        postal_code: '1234 AB',
        city: 'Utrecht',
        phone: '030-0000000',
        email: 'info@voorbeeld.invalid',
        website: '',
        ric_model: 'vast',
        version: 1,
      },
      revalidanten: [],
      audit: [],
    });
  }
  process.exit(0);
}

if (command === 'demo') {
  const s = load();
  const team = { id: ++s.seq.team, name: 'Team Arbeid', version: 1 };
  s.teams.push(team);
  const mk = (username, display_name, role, discipline = null) =>
    s.users.push({
      id: ++s.seq.user,
      username,
      display_name,
      email: `${username}@voorbeeld.invalid`,
      role,
      discipline,
      team_ids: STAFF.includes(role) && role !== 'admin' ? [team.id] : [],
      disabled: false,
      totp_secret: null,
      recovery: [],
      password: DEMO_PASSWORD,
      last_login_at: null,
      version: 1,
    });
  mk('admin', 'Demo Beheerder', 'admin');
  mk('arts', 'Demo Revalidatiearts', 'revalidatiearts');
  mk('ric', 'Demo Coördinator', 'ric');
  mk('fysio', 'Demo Fysiotherapeut', 'therapeut', 'fysiotherapie');
  mk('ergo', 'Demo Ergotherapeut', 'therapeut', 'ergotherapie');
  mk('revalidant', 'Demo Revalidant', 'revalidant');
  mk('werkgever', 'Demo Werkgever', 'werkgever');
  mk('bedrijfsarts', 'Demo Bedrijfsarts', 'bedrijfsarts');
  save(s);
  process.exit(0);
}

if (command !== 'serve') {
  console.error('usage: fake-werkpad --db sqlite:FILE migrate|demo|serve [--listen H:P] [--static-dir DIR]');
  process.exit(2);
}

const state = load();
const persist = () => save(state);
const sessions = new Map();
const failures = new Map();
const [host, port] = (opt('--listen') ?? '127.0.0.1:8080').split(':');
const staticDir = resolve(opt('--static-dir') ?? 'web/dist');

class HttpError extends Error {
  constructor(status, code, message, fields) {
    super(message);
    Object.assign(this, { status, code, fields });
  }
}
const invalid = (fields) => new HttpError(422, 'invalid_input', 'invalid input', fields);

function elfproef(bsn) {
  if (!/^\d{9}$/.test(bsn)) return false;
  const d = [...bsn].map(Number);
  const sum = d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) - d[8];
  return sum % 11 === 0;
}

const emailOk = (v) => v === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
const dateOk = (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

function validateRevalidant(b) {
  const f = [];
  const req = (path, v) => {
    if (typeof v !== 'string' || v.trim() === '') f.push({ path, code: 'required' });
  };
  req('given_names', b.given_names);
  req('family_name', b.family_name);
  if (!b.date_of_birth) f.push({ path: 'date_of_birth', code: 'required' });
  else if (!dateOk(b.date_of_birth)) f.push({ path: 'date_of_birth', code: 'invalid_date' });
  else if (b.date_of_birth > now().slice(0, 10)) f.push({ path: 'date_of_birth', code: 'in_future' });
  else if (b.date_of_birth < '1900-01-01') f.push({ path: 'date_of_birth', code: 'implausible' });
  if (b.bsn !== null && b.bsn !== undefined && !elfproef(String(b.bsn))) f.push({ path: 'bsn', code: 'elfproef' });
  if (!['loondienst', 'zzp', 'werkzoekend', 'student', 'gepensioneerd', 'anders'].includes(b.employment_status)) {
    f.push({ path: 'employment_status', code: b.employment_status ? 'invalid_value' : 'required' });
  }
  if (b.contact && !emailOk(b.contact.email ?? '')) f.push({ path: 'contact.email', code: 'invalid_email' });
  if (b.naaste) {
    req('naaste.name', b.naaste.name);
    if (!emailOk(b.naaste.email ?? '')) f.push({ path: 'naaste.email', code: 'invalid_email' });
  }
  if (b.employer) {
    req('employer.organisation', b.employer.organisation);
    if (!emailOk(b.employer.contact_email ?? '')) f.push({ path: 'employer.contact_email', code: 'invalid_email' });
  }
  if (b.bedrijfsarts && !emailOk(b.bedrijfsarts.email ?? '')) f.push({ path: 'bedrijfsarts.email', code: 'invalid_email' });
  if (b.hours_per_week !== null && b.hours_per_week !== undefined) {
    if (typeof b.hours_per_week !== 'number') f.push({ path: 'hours_per_week', code: 'wrong_type' });
    else if (b.hours_per_week < 0 || b.hours_per_week > 80) f.push({ path: 'hours_per_week', code: 'out_of_range' });
  }
  if (b.team_id !== null && !state.teams.some((t) => t.id === b.team_id)) f.push({ path: 'team_id', code: 'invalid_value' });
  if (b.ric_user_id !== null && !state.users.some((u) => u.id === b.ric_user_id)) {
    f.push({ path: 'ric_user_id', code: 'invalid_value' });
  }
  if (f.length) throw invalid(f);
}

function audit(ctx, action, object_type, object_id, revalidant_id, outcome = 'success') {
  state.audit.push({
    seq: ++state.seq.audit,
    at: now(),
    user: ctx.user ? { id: ctx.user.id, username: ctx.user.username, display_name: ctx.user.display_name } : null,
    role: ctx.user?.role ?? '',
    on_behalf_of: null,
    revalidant_id,
    action,
    object_type,
    object_id: String(object_id ?? ''),
    outcome,
    source_address: ctx.address,
    request_id: ctx.requestId,
  });
}

const publicUser = (u) => {
  const { password: _p, totp_secret, recovery: _r, pending_secret: _s, ...rest } = u;
  return { ...rest, totp_enabled: !!totp_secret };
};
const sessionBody = (s) => {
  const u = state.users.find((x) => x.id === s.userId);
  return {
    state: s.state,
    csrf_token: s.csrf,
    expires_at: new Date(Date.now() + 8 * 3600_000).toISOString(),
    user: {
      id: u.id,
      username: u.username,
      display_name: u.display_name,
      role: u.role,
      discipline: u.discipline,
      revalidant_id: null,
    },
  };
};
const expandRevalidant = (r) => ({
  ...r,
  team: r.team_id ? { id: r.team_id, name: state.teams.find((t) => t.id === r.team_id)?.name ?? '' } : null,
  ric: r.ric_user_id
    ? { id: r.ric_user_id, display_name: state.users.find((u) => u.id === r.ric_user_id)?.display_name ?? '' }
    : null,
});
const paginate = (items, q) => {
  const page = Math.max(1, Number(q.get('page') ?? 1));
  const page_size = Math.min(100, Math.max(1, Number(q.get('page_size') ?? 25)));
  return { items: items.slice((page - 1) * page_size, page * page_size), page, page_size, total: items.length };
};
const totpOk = (secret, code) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).validate({
    token: String(code),
    window: 1,
  }) !== null;
const genPassword = () => randomBytes(12).toString('base64url');

function requireSession(ctx, { active = true } = {}) {
  if (!ctx.session) throw new HttpError(401, 'unauthenticated', 'no session');
  if (active && ctx.session.state !== 'active') throw new HttpError(401, 'unauthenticated', 'second factor required');
  return ctx.session;
}
function requireRole(ctx, roles) {
  requireSession(ctx);
  if (!roles.includes(ctx.user.role)) throw new HttpError(403, 'forbidden', 'not for this role');
}
const staffRoles = ['revalidatiearts', 'ric', 'therapeut'];

const routes = [
  ['POST', /^\/session$/, (ctx, b) => {
    const key = b.username ?? '';
    if ((failures.get(key) ?? 0) >= 5) throw new HttpError(429, 'too_many_requests', 'throttled');
    const u = state.users.find((x) => x.username === b.username && !x.disabled);
    if (!u || u.password !== b.password) {
      failures.set(key, (failures.get(key) ?? 0) + 1);
      throw new HttpError(401, 'unauthenticated', 'wrong credentials');
    }
    failures.delete(key);
    const id = randomBytes(16).toString('hex');
    const s = {
      id,
      userId: u.id,
      csrf: randomBytes(16).toString('hex'),
      state: STAFF.includes(u.role) ? (u.totp_secret ? 'totp_required' : 'totp_enrolment_required') : 'active',
    };
    sessions.set(id, s);
    ctx.setCookie = `werkpad_session=${id}; Path=/; HttpOnly; SameSite=Strict`;
    return [200, sessionBody(s)];
  }],
  ['GET', /^\/session$/, (ctx) => [200, sessionBody(requireSession(ctx, { active: false }))]],
  ['DELETE', /^\/session$/, (ctx) => {
    if (ctx.session) sessions.delete(ctx.session.id);
    ctx.setCookie = 'werkpad_session=; Path=/; Max-Age=0';
    return [204];
  }],
  ['POST', /^\/session\/totp$/, (ctx, b) => {
    const s = requireSession(ctx, { active: false });
    if (s.state !== 'totp_required') throw new HttpError(409, 'rule_violation', 'not expected');
    const u = ctx.user;
    if (b.recovery_code !== undefined) {
      const i = u.recovery.indexOf(b.recovery_code);
      if (i < 0) throw invalid([{ path: 'recovery_code', code: 'invalid_code' }]);
      u.recovery.splice(i, 1);
    } else if (!totpOk(u.totp_secret, b.code)) throw invalid([{ path: 'code', code: 'invalid_code' }]);
    s.state = 'active';
    u.last_login_at = now();
    audit(ctx, 'login', 'session', s.id.slice(0, 8), null);
    persist();
    return [200, sessionBody(s)];
  }],
  ['POST', /^\/session\/totp\/enrolment$/, (ctx) => {
    const s = requireSession(ctx, { active: false });
    if (s.state !== 'totp_enrolment_required') throw new HttpError(409, 'rule_violation', 'not expected');
    const secret = new OTPAuth.Secret({ size: 20 }).base32;
    s.pendingSecret = secret;
    const uri = `otpauth://totp/werkpad:${ctx.user.username}?secret=${secret}&issuer=werkpad`;
    const qr_svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><rect width="29" height="29" fill="#fff"/>' +
      Array.from({ length: 120 }, () => `<rect x="${randomInt(29)}" y="${randomInt(29)}" width="1" height="1"/>`).join('') +
      '</svg>';
    return [200, { secret, otpauth_uri: uri, qr_svg }];
  }],
  ['POST', /^\/session\/totp\/enrolment\/confirm$/, (ctx, b) => {
    const s = requireSession(ctx, { active: false });
    if (!s.pendingSecret || !totpOk(s.pendingSecret, b.code)) throw invalid([{ path: 'code', code: 'invalid_code' }]);
    ctx.user.totp_secret = s.pendingSecret;
    ctx.user.recovery = Array.from({ length: 10 }, () =>
      [0, 1, 2].map(() => randomBytes(3).toString('hex').slice(0, 4)).join('-'),
    );
    s.state = 'active';
    ctx.user.last_login_at = now();
    persist();
    return [200, { recovery_codes: ctx.user.recovery, session: sessionBody(s) }];
  }],
  ['PUT', /^\/session\/password$/, (ctx, b) => {
    requireSession(ctx);
    if (b.current_password !== ctx.user.password) throw invalid([{ path: 'current_password', code: 'invalid_value' }]);
    if (!b.new_password || b.new_password.length < 12) throw invalid([{ path: 'new_password', code: 'too_short' }]);
    ctx.user.password = b.new_password;
    persist();
    return [204];
  }],
  ['GET', /^\/revalidanten$/, (ctx, _b, q) => {
    requireRole(ctx, [...staffRoles, 'admin']);
    const term = (q.get('q') ?? '').toLowerCase();
    const items = state.revalidanten
      .filter(
        (r) =>
          !term ||
          r.given_names.toLowerCase().includes(term) ||
          r.family_name.toLowerCase().includes(term) ||
          r.bsn === term ||
          r.date_of_birth === term,
      )
      .map((r) =>
        ctx.user.role === 'admin'
          ? { id: r.id, given_names: r.given_names, family_name: r.family_name, date_of_birth: r.date_of_birth }
          : (({ id, given_names, family_name, date_of_birth, employment_status, team, ric }) => ({
              id, given_names, family_name, date_of_birth, employment_status, team, ric,
            }))(expandRevalidant(r)),
      );
    return [200, paginate(items, q)];
  }],
  ['POST', /^\/revalidanten$/, (ctx, b) => {
    requireRole(ctx, staffRoles);
    validateRevalidant(b);
    const r = { ...b, id: ++state.seq.revalidant, version: 1, created_at: now(), updated_at: now() };
    state.revalidanten.push(r);
    audit(ctx, 'create', 'revalidant', r.id, r.id);
    persist();
    return [201, expandRevalidant(r)];
  }],
  ['GET', /^\/revalidanten\/(\d+)$/, (ctx, _b, _q, m) => {
    requireRole(ctx, staffRoles);
    const r = state.revalidanten.find((x) => x.id === Number(m[1]));
    if (!r) throw new HttpError(404, 'not_found', 'no such revalidant');
    audit(ctx, 'read', 'revalidant', r.id, r.id);
    persist();
    return [200, expandRevalidant(r)];
  }],
  ['PUT', /^\/revalidanten\/(\d+)$/, (ctx, b, _q, m) => {
    requireRole(ctx, staffRoles);
    const r = state.revalidanten.find((x) => x.id === Number(m[1]));
    if (!r) throw new HttpError(404, 'not_found', 'no such revalidant');
    if (b.version !== r.version) throw new HttpError(409, 'conflict', 'stale version');
    const { version: _v, ...input } = b;
    validateRevalidant(input);
    Object.assign(r, input, { version: r.version + 1, updated_at: now() });
    audit(ctx, 'update', 'revalidant', r.id, r.id);
    persist();
    return [200, expandRevalidant(r)];
  }],
  ['GET', /^\/users$/, (ctx, _b, q) => {
    requireRole(ctx, ['admin']);
    const term = (q.get('q') ?? '').toLowerCase();
    const role = q.get('role') ?? '';
    const items = state.users
      .filter((u) => (!role || u.role === role) && (!term || `${u.username} ${u.display_name}`.toLowerCase().includes(term)))
      .map(publicUser);
    return [200, paginate(items, q)];
  }],
  ['POST', /^\/users$/, (ctx, b) => {
    requireRole(ctx, ['admin']);
    const f = [];
    if (!b.username) f.push({ path: 'username', code: 'required' });
    else if (!/^[a-z0-9._-]{3,64}$/.test(b.username)) f.push({ path: 'username', code: 'invalid_value' });
    else if (state.users.some((u) => u.username === b.username)) f.push({ path: 'username', code: 'taken' });
    if (!b.display_name) f.push({ path: 'display_name', code: 'required' });
    if (!emailOk(b.email ?? '')) f.push({ path: 'email', code: 'invalid_email' });
    if (!b.role) f.push({ path: 'role', code: 'required' });
    if (b.role === 'therapeut' && !b.discipline) f.push({ path: 'discipline', code: 'required' });
    if (f.length) throw invalid(f);
    const initial_password = b.password ?? genPassword();
    const u = {
      id: ++state.seq.user, username: b.username, display_name: b.display_name, email: b.email ?? '', role: b.role,
      discipline: b.discipline ?? null, team_ids: b.team_ids ?? [], disabled: false, totp_secret: null, recovery: [],
      password: initial_password, last_login_at: null, version: 1,
    };
    state.users.push(u);
    persist();
    return [201, { user: publicUser(u), initial_password }];
  }],
  ['GET', /^\/users\/(\d+)$/, (ctx, _b, _q, m) => {
    requireRole(ctx, ['admin']);
    const u = state.users.find((x) => x.id === Number(m[1]));
    if (!u) throw new HttpError(404, 'not_found', 'no such user');
    return [200, publicUser(u)];
  }],
  ['PUT', /^\/users\/(\d+)$/, (ctx, b, _q, m) => {
    requireRole(ctx, ['admin']);
    const u = state.users.find((x) => x.id === Number(m[1]));
    if (!u) throw new HttpError(404, 'not_found', 'no such user');
    if (b.version !== u.version) throw new HttpError(409, 'conflict', 'stale version');
    if (!b.display_name) throw invalid([{ path: 'display_name', code: 'required' }]);
    Object.assign(u, {
      display_name: b.display_name, email: b.email, role: b.role, discipline: b.discipline, team_ids: b.team_ids,
      version: u.version + 1,
    });
    persist();
    return [200, publicUser(u)];
  }],
  ['POST', /^\/users\/(\d+)\/(disable|enable|reset-password|reset-2fa)$/, (ctx, _b, _q, m) => {
    requireRole(ctx, ['admin']);
    const u = state.users.find((x) => x.id === Number(m[1]));
    if (!u) throw new HttpError(404, 'not_found', 'no such user');
    u.version += 1;
    if (m[2] === 'disable') u.disabled = true;
    if (m[2] === 'enable') u.disabled = false;
    if (m[2] === 'reset-2fa') u.totp_secret = null;
    persist();
    if (m[2] === 'reset-password') {
      u.password = genPassword();
      persist();
      return [200, { temporary_password: u.password }];
    }
    return [200, publicUser(u)];
  }],
  ['GET', /^\/staff$/, (ctx, _b, q) => {
    requireRole(ctx, [...staffRoles, 'admin']);
    const role = q.get('role');
    return [200, {
      items: state.users
        .filter((u) => staffRoles.includes(u.role) && (!role || u.role === role))
        .map((u) => ({ id: u.id, display_name: u.display_name, role: u.role, discipline: u.discipline })),
    }];
  }],
  ['GET', /^\/teams$/, (ctx) => {
    requireSession(ctx);
    return [200, { items: state.teams }];
  }],
  ['POST', /^\/teams$/, (ctx, b) => {
    requireRole(ctx, ['admin']);
    if (!b.name) throw invalid([{ path: 'name', code: 'required' }]);
    if (state.teams.some((t) => t.name === b.name)) throw invalid([{ path: 'name', code: 'taken' }]);
    const t = { id: ++state.seq.team, name: b.name, version: 1 };
    state.teams.push(t);
    persist();
    return [201, t];
  }],
  ['GET', /^\/disciplines$/, (ctx) => {
    requireSession(ctx);
    return [200, { items: state.disciplines }];
  }],
  ['POST', /^\/disciplines$/, (ctx, b) => {
    requireRole(ctx, ['admin']);
    const f = [];
    if (!b.code) f.push({ path: 'code', code: 'required' });
    if (!b.label) f.push({ path: 'label', code: 'required' });
    if (f.length) throw invalid(f);
    const d = { code: b.code, label: b.label, builtin: false };
    state.disciplines.push(d);
    persist();
    return [201, d];
  }],
  ['GET', /^\/institution$/, (ctx) => {
    requireRole(ctx, ['admin']);
    return [200, state.institution];
  }],
  ['PUT', /^\/institution$/, (ctx, b) => {
    requireRole(ctx, ['admin']);
    if (b.version !== state.institution.version) throw new HttpError(409, 'conflict', 'stale version');
    const f = [];
    if (!b.name) f.push({ path: 'name', code: 'required' });
    if (!['vast', 'wisselend'].includes(b.ric_model)) f.push({ path: 'ric_model', code: 'invalid_value' });
    if (!emailOk(b.email ?? '')) f.push({ path: 'email', code: 'invalid_email' });
    if (f.length) throw invalid(f);
    state.institution = { ...b, version: state.institution.version + 1 };
    persist();
    return [200, state.institution];
  }],
  ['GET', /^\/audit$/, (ctx, _b, q) => {
    requireRole(ctx, ['admin']);
    const rid = q.get('revalidant_id');
    const from = q.get('from');
    const to = q.get('to');
    const f = [];
    if (from && !dateOk(from)) f.push({ path: 'from', code: 'invalid_date' });
    if (to && !dateOk(to)) f.push({ path: 'to', code: 'invalid_date' });
    if (f.length) throw invalid(f);
    const items = state.audit
      .filter((e) => (!rid || e.revalidant_id === Number(rid)) && (!from || e.at >= from) && (!to || e.at < to))
      .reverse();
    return [200, paginate(items, q)];
  }],
];

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.map': 'application/json' };

function serveStatic(req, res) {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = normalize(join(staticDir, path));
  if (!file.startsWith(staticDir) || !existsSync(file) || path === '/' || !extname(file)) file = join(staticDir, 'index.html');
  res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/healthz') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end('{"status":"ok"}');
  }
  if (!url.pathname.startsWith('/api/v1/')) return serveStatic(req, res);
  const requestId = randomBytes(8).toString('hex');
  const cookie = /werkpad_session=([0-9a-f]+)/.exec(req.headers.cookie ?? '')?.[1];
  const session = cookie ? sessions.get(cookie) : undefined;
  const ctx = {
    session,
    user: session ? state.users.find((u) => u.id === session.userId) : undefined,
    address: req.socket.remoteAddress,
    requestId,
  };
  let body = '';
  for await (const chunk of req) body += chunk;
  const send = (status, obj) => {
    const headers = { 'X-Request-Id': requestId };
    if (ctx.setCookie) headers['Set-Cookie'] = ctx.setCookie;
    if (obj === undefined) {
      res.writeHead(status, headers);
      return res.end();
    }
    res.writeHead(status, { ...headers, 'Content-Type': 'application/json' });
    res.end(JSON.stringify(obj));
  };
  try {
    const path = url.pathname.slice('/api/v1'.length);
    const route = routes.find(([m, re]) => m === req.method && re.test(path));
    if (!route) throw new HttpError(404, 'not_found', 'no route');
    const unsafe = req.method !== 'GET';
    const isLogin = req.method === 'POST' && path === '/session';
    if (unsafe && !isLogin && session && req.headers['x-csrf-token'] !== session.csrf) {
      throw new HttpError(403, 'forbidden', 'csrf token missing');
    }
    let parsed = {};
    if (body) {
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new HttpError(400, 'bad_request', 'not JSON');
      }
    }
    const [status, obj] = route[2](ctx, parsed, url.searchParams, path.match(route[1]));
    send(status, obj);
  } catch (e) {
    if (e instanceof HttpError) {
      send(e.status, { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) } });
    } else {
      console.error(e);
      send(500, { error: { code: 'internal', message: 'internal error' } });
    }
  }
});

server.listen(Number(port), host, () => console.log(`fake werkpad on http://${host}:${port}`));
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
