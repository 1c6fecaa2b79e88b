// End-to-end harness: runs the real werkpad binary on a fresh SQLite database with demo data,
// drives Debian's Chromium through playwright-core, and checks every page with axe-core.
//
// Environment:
//   WERKPAD_BIN         path to the werkpad binary (required)
//   WERKPAD_STATIC_DIR  the built UI (web/dist) the server should serve (required)
//   CHROMIUM_PATH       browser binary (default /usr/bin/chromium)
//   E2E_KEEP_TMP=1      keep the temp dir (database, server log) for inspection

import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import * as OTPAuth from 'otpauth';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const DEMO_PASSWORD = 'werkpad-demo-2026';

/** Why the e2e tests cannot run here, or null when they can. */
export function notConfigured() {
  const bin = process.env.WERKPAD_BIN;
  const dir = process.env.WERKPAD_STATIC_DIR;
  if (!bin || !dir) return 'set WERKPAD_BIN (werkpad binary) and WERKPAD_STATIC_DIR (built web/dist)';
  if (!existsSync(bin)) return `WERKPAD_BIN does not exist: ${bin}`;
  if (!existsSync(join(dir, 'index.html'))) return `no index.html in WERKPAD_STATIC_DIR: ${dir} (run npm run build)`;
  return null;
}

function run(bin, args, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${bin} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Migrates and seeds a fresh database, starts `werkpad serve` on a free loopback port and waits
 * for /healthz. Returns { baseUrl, stop }. `stop` sends SIGTERM to the server's own PID and
 * waits for it to exit (SIGKILL after 10 s).
 */
export async function startServer() {
  const bin = process.env.WERKPAD_BIN;
  const staticDir = process.env.WERKPAD_STATIC_DIR;
  const tmp = await mkdtemp(join(tmpdir(), 'werkpad-e2e-'));
  const db = `sqlite:${join(tmp, 'e2e.db')}`;
  await run(bin, ['--db', db, 'migrate']);
  await run(bin, ['--db', db, 'demo']);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(bin, ['--db', db, 'serve', '--listen', `127.0.0.1:${port}`, '--static-dir', staticDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });

  const stop = async () => {
    if (exited === null) {
      process.kill(child.pid, 'SIGTERM');
      const timer = setTimeout(() => {
        if (exited === null) process.kill(child.pid, 'SIGKILL');
      }, 10_000);
      await exitPromise;
      clearTimeout(timer);
    }
    await writeFile(join(tmp, 'server.log'), log);
    if (process.env.E2E_KEEP_TMP === '1') console.log(`# e2e temp dir kept: ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`werkpad serve exited early (${JSON.stringify(exited)}):\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`werkpad serve did not become healthy within 30 s:\n${log}`);
    }
    await sleep(100);
  }
  return { baseUrl, stop, log: () => log };
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts Chromium with a fresh profile. Returns { context, page, close }. */
export async function launchBrowser({ viewport = { width: 1280, height: 900 } } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'werkpad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    // axe-core is injected by evaluation; a strict CSP from the server must not stop that.
    bypassCSP: true,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return {
    context,
    page,
    consoleErrors,
    /** Saves a screenshot and the page's text for a failed test; returns the file name. */
    capture: async (name) => {
      const file = join(tmpdir(), `werkpad-e2e-${name}-${Date.now()}.png`);
      try {
        await page.screenshot({ path: file, fullPage: true });
        console.log(`# screenshot: ${file} (url ${page.url()})`);
      } catch {
        // the page may be gone
      }
      return file;
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Starts one Chromium for several isolated sessions (one browser context each, with its own
 * cookies), cheaper than a browser per session. Returns { newSession, close }; `newSession`
 * returns { context, page, consoleErrors, capture, close } like launchBrowser.
 */
export async function launchSessions() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  return {
    browser,
    async newSession({ viewport = { width: 1280, height: 900 } } = {}) {
      const context = await browser.newContext({
        viewport,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        bypassCSP: true,
      });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const consoleErrors = [];
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
      return {
        context,
        page,
        consoleErrors,
        capture: async (name) => {
          const file = join(tmpdir(), `werkpad-e2e-${name}-${Date.now()}.png`);
          try {
            await page.screenshot({ path: file, fullPage: true });
            console.log(`# screenshot: ${file} (url ${page.url()})`);
          } catch {
            // the page may be gone
          }
          return file;
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/**
 * Runs `fn`; when it fails, saves a screenshot of every session in `sessions` (named
 * `${name}-${index}`) before the failure goes on, so a red run shows what each party saw.
 */
export async function captureOnFailure(sessions, name, fn) {
  try {
    await fn();
  } catch (e) {
    for (const [i, s] of sessions.entries()) await s.capture(`${name}-${i}`);
    throw e;
  }
}

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practices) on the current page and fails on any
 * violation, naming the rule and the elements.
 */
export async function checkA11y(page, label) {
  await page.waitForLoadState('load');
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary}`),
    }));
  });
  assert.deepEqual(result, [], `axe violations on "${label}" (${page.url()}):\n${JSON.stringify(result, null, 2)}`);
}

/** The current TOTP code for a base32 secret (RFC 6238, SHA-1, 6 digits, 30 s). */
export function totpCode(secret) {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return totp.generate();
}

/** Fills and submits the login form. */
export async function submitCredentials(page, baseUrl, username, password = DEMO_PASSWORD, { navigate = true } = {}) {
  if (navigate) await page.goto(`${baseUrl}/inloggen`);
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await checkA11y(page, 'inloggen');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * Logs in a user without TOTP and goes through enrolment: reads the secret from the page,
 * confirms with a computed code, checks the ten recovery codes and continues.
 * Returns { secret, recoveryCodes }.
 */
export async function loginWithEnrolment(page, baseUrl, username, password = DEMO_PASSWORD, opts = {}) {
  await submitCredentials(page, baseUrl, username, password, opts);
  await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' }).waitFor();
  const secretEl = page.getByTestId('totp-secret');
  await secretEl.waitFor();
  await page.getByRole('img', { name: /QR-code/ }).waitFor();
  await checkA11y(page, 'tweestapsverificatie instellen');
  const secret = (await secretEl.textContent()).replace(/\s+/g, '');
  assert.match(secret, /^[A-Z2-7]+=*$/, 'secret is base32');
  await page.getByLabel('Verificatiecode').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Code bevestigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bewaar uw herstelcodes' }).waitFor();
  const recoveryCodes = (await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents()).map((c) =>
    c.trim(),
  );
  assert.equal(recoveryCodes.length, 10, 'ten recovery codes are shown');
  await checkA11y(page, 'herstelcodes');
  await page.getByRole('button', { name: 'Doorgaan naar werkpad' }).click();
  return { secret, recoveryCodes };
}

/** A random valid BSN (passes the elfproef), visibly synthetic. */
export function randomBsn() {
  for (;;) {
    const d = [1 + Math.floor(Math.random() * 9), ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    const sum = d.reduce((acc, digit, i) => acc + digit * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) return [...d, last].join('');
  }
}

/** Random lowercase letters, to make names unique per run. */
/**
 * Fills the open "Nieuwe revalidant" form with synthetic values (a random valid BSN) and submits
 * it: team = the first one offered, RIC = the option showing `ricName` (else the first offered).
 * `extra` maps further field labels to values.
 */
export async function registerRevalidant(page, { givenNames, familyName, ricName, extra = {} }) {
  await page.getByLabel('Voornamen').fill(givenNames);
  await page.getByLabel('Achternaam').fill(familyName);
  await page.getByLabel('Geboortedatum').fill('1980-04-01');
  await page.getByLabel('BSN').fill(randomBsn());
  await page.getByLabel('Dienstverband').selectOption('loondienst');
  await page.getByLabel('Functie').fill('Magazijnmedewerker');
  await page.getByLabel('Naam werkgever').fill('Voorbeeldbedrijf BV');
  for (const [label, value] of Object.entries(extra)) await page.getByLabel(label).fill(value);
  const team = page.locator('select#rev-team_id');
  const teamValues = await team.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  if (teamValues.length) await team.selectOption(teamValues[0]);
  const ric = page.locator('select#rev-ric_user_id');
  const ricOptions = await ric.locator('option').evaluateAll((os) => os.map((o) => ({ v: o.value, t: o.textContent })));
  const me = ricOptions.find((o) => o.t === ricName) ?? ricOptions.find((o) => o.v);
  if (me) await ric.selectOption(me.v);
  await page.getByRole('button', { name: 'Revalidant registreren' }).click();
}

export function randomLetters(n = 6) {
  return Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

/** Today's date in Amsterdam as YYYY-MM-DD, shifted by `days`. */
export function amsterdamDate(days = 0) {
  const now = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** Logs in with a one-time recovery code instead of the app's code (also avoids TOTP replay). */
export async function loginWithRecoveryCode(page, baseUrl, username, recoveryCode, password = DEMO_PASSWORD, opts = {}) {
  await submitCredentials(page, baseUrl, username, password, opts);
  await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' }).waitFor();
  await checkA11y(page, 'tweestapsverificatie');
  await page.getByRole('button', { name: 'Ik heb mijn telefoon niet: gebruik een herstelcode' }).click();
  await page.getByLabel('Herstelcode').fill(recoveryCode);
  await checkA11y(page, 'herstelcode');
  await page.getByRole('button', { name: 'Controleren' }).click();
}

/**
 * Keeps the second factor of each demo user across tests in one server run: the first login
 * enrols, later ones use the next unused recovery code.
 */
export function accounts(baseUrl) {
  const known = new Map();
  return {
    /** `opts.navigate = false` logs in on the login page the browser is already on. */
    async login(page, username, password = DEMO_PASSWORD, opts = {}) {
      const k = known.get(username);
      if (!k) {
        known.set(username, await loginWithEnrolment(page, baseUrl, username, password, opts));
        return;
      }
      const code = k.recoveryCodes.shift();
      assert.ok(code, `no recovery codes left for ${username}`);
      await loginWithRecoveryCode(page, baseUrl, username, code, password, opts);
    },
  };
}
