// Contact moments and the contact log in the browser, against the real werkpad binary and its demo
// data (docs/api.md "Contactmomenten", gebruikershandleiding 7.13): the RIC sees an overdue
// contact moment on "Mijn taken" and on the trajectory, logs the first visit to the employer
// against its task (which is then done), and edits the entry. axe-core runs on every page state
// visited and must report zero violations.
//
// The demo takes every decision "now", so no contact moment is overdue yet; this file seeds its
// own database and ages one task (the bedrijfsarts intake contact of Mohamed Amrani) with the
// sqlite3 command-line tool before the server starts.

import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, amsterdamDate, captureOnFailure, checkA11y, launchSessions, notConfigured } from './harness.mjs';
import { assertNoConsoleErrors, openTrajectoryOf, TABLET } from './agr-steps.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

const AMRANI = 'Mohamed Amrani'; // demo: werkbezoek step, D2 ja with werkgever and bedrijfsarts

function run(bin, args) {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: 60_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${bin} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
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

/** The harness's server start, with one step between seeding and serving. */
async function startAgedServer() {
  const bin = process.env.WERKPAD_BIN;
  const tmp = await mkdtemp(join(tmpdir(), 'werkpad-e2e-contacts-'));
  const file = join(tmp, 'e2e.db');
  await run(bin, ['--db', `sqlite:${file}`, 'migrate']);
  await run(bin, ['--db', `sqlite:${file}`, 'demo']);
  await run('sqlite3', [
    file,
    `UPDATE agr_task SET due_date = '${amsterdamDate(-3)}' WHERE task_key = 'contact_bedrijfsarts_intake' AND trajectory_id IN ` +
      `(SELECT t.id FROM agr_trajectory t JOIN revalidant r ON r.id = t.revalidant_id WHERE r.family_name = 'Amrani');`,
  ]);
  const changed = await run('sqlite3', [
    file,
    "SELECT COUNT(*) FROM agr_task WHERE task_key = 'contact_bedrijfsarts_intake' AND done_ms IS NULL AND due_date < date('now');",
  ]);
  assert.ok(Number(changed.trim()) >= 1, 'the aged contact moment is in the database');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(bin, ['--db', `sqlite:${file}`, 'serve', '--listen', `127.0.0.1:${port}`, '--static-dir', process.env.WERKPAD_STATIC_DIR], {
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  let exited = false;
  const exit = new Promise((resolve) => child.on('exit', () => ((exited = true), resolve())));
  for (let i = 0; ; i += 1) {
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (exited || i > 300) throw new Error('werkpad serve did not become healthy');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    stop: async () => {
      if (!exited) {
        process.kill(child.pid, 'SIGTERM');
        await exit;
      }
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

describe('werkpad contact moments: signals, logging against a task, editing', { skip: skip ?? false }, () => {
  let server;
  let browser;
  let ric;

  before(async () => {
    server = await startAgedServer();
    const acc = accounts(server.baseUrl);
    browser = await launchSessions();
    ric = await browser.newSession({ viewport: TABLET });
    await acc.login(ric.page, 'ric');
    await ric.page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const step = (name, fn) => captureOnFailure([ric], name, fn);

  test('the overdue contact moment is signalled on Mijn taken', () =>
    step('contacts-signals', async () => {
      const page = ric.page;
      await page.goto(`${server.baseUrl}/taken`);
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      const signals = page.getByTestId('contact-signals');
      await signals.getByRole('heading', { level: 2, name: 'Signalen contactmomenten' }).waitFor();
      const row = signals.getByRole('row').filter({ hasText: AMRANI }).filter({ hasText: 'Te laat' });
      await row.first().waitFor();
      assert.match(await row.first().innerText(), /Bedrijfsarts/);
      await checkA11y(page, 'mijn taken met signalen contactmomenten');
    }));

  test('the RIC logs the first visit to the employer against its task; the task is done', () =>
    step('contacts-log', async () => {
      const page = ric.page;
      await openTrajectoryOf(page, server.baseUrl, AMRANI);
      const section = page.getByTestId('contacts-section');
      await section.getByRole('heading', { level: 2, name: 'Contactmomenten' }).waitFor();
      await section.getByTestId('contact-signal-summary').getByText(/1 contactmoment is te laat/).waitFor();
      const moments = section.getByTestId('contact-moments');
      const bedrijfsarts = moments.locator('tr[data-key="contact_bedrijfsarts_intake"]');
      assert.equal(await bedrijfsarts.getAttribute('data-state'), 'overdue');
      const visit = moments.locator('tr[data-key="werkbezoek_werkgever"]');
      assert.match(await visit.innerText(), /Informatiefolder 'Re-integratie van een werknemer'/);
      assert.match(await visit.innerText(), /AGR formulier 4/);
      assert.match(await visit.innerText(), /Werkgever informeren over AGR/);
      await checkA11y(page, 'contactmomenten');

      await visit.getByRole('button', { name: 'Contact vastleggen voor Eerste bezoek aan de werkgever' }).click();
      const form = section.getByTestId('contact-form');
      await form.getByRole('heading', { level: 3, name: 'Contact vastleggen' }).waitFor();
      assert.equal(await form.getByLabel('Manier van contact').inputValue(), 'bezoek_werkplek');
      assert.equal(await form.getByLabel('AGR formulier 4 (vragenlijst functieprofiel/belasting van arbeid)').isChecked(), true);
      await form.getByRole('textbox', { name: /^Samenvatting \(/ }).fill('Werkplek bekeken met de leidinggevende; functie-eisen en aanpassingen besproken.');
      await checkA11y(page, 'contact vastleggen (formulier)');
      await form.getByRole('button', { name: 'Contact opslaan' }).click();
      await section.getByText('Het contact is vastgelegd en het contactmoment is afgerond.').waitFor();
      await moments.locator('tr[data-key="werkbezoek_werkgever"][data-state="done"]').waitFor();
      const log = section.getByTestId('contact-log');
      const entry = log.getByRole('row').filter({ hasText: 'Werkplek bekeken met de leidinggevende' });
      await entry.waitFor();
      assert.match(await entry.innerText(), /Bezoek op de werkplek/);
      await checkA11y(page, 'contactlogboek');

      // The task list of the trajectory shows the task done as well (same transaction).
      await page.getByTestId('task-table').locator('tr[data-state="done"]').filter({ hasText: 'Eerste bezoek aan de werkgever' }).waitFor();
    }));

  test('the RIC edits the entry; bad input is explained in Dutch', () =>
    step('contacts-edit', async () => {
      const page = ric.page;
      const section = page.getByTestId('contacts-section');
      const log = section.getByTestId('contact-log');
      await log.getByRole('button', { name: /^Contact van .* met Werkgever wijzigen$/ }).click();
      const form = section.getByTestId('contact-form');
      await form.getByRole('heading', { level: 3, name: 'Contact wijzigen' }).waitFor();
      await form.getByLabel('Datum van het contact').fill(amsterdamDate(3));
      await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await form.getByRole('alert').getByText(/mag niet in de toekomst liggen/).waitFor();
      await checkA11y(page, 'contact wijzigen met fout');
      await form.getByLabel('Datum van het contact').fill(amsterdamDate(0));
      await form.getByRole('textbox', { name: /^Samenvatting \(/ }).fill('Werkplek bekeken; tilbelasting tot 10 kg afgesproken.');
      await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await section.getByText('De wijziging is opgeslagen.').waitFor();
      await log.getByRole('row').filter({ hasText: 'tilbelasting tot 10 kg' }).waitFor();
      assertNoConsoleErrors([ric]);
    }));
});
