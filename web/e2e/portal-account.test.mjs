// A revalidant's portal account, made in the UI (gebruikershandleiding, chapter on user
// administration), against the real werkpad binary and its demo data:
//  1. the admin creates an account with role "Revalidant": the revalidant must be chosen
//     (searched by name), the one-time password is shown once;
//  2. a second portal account for a revalidant that has one (Henk de Vries, the demo portal
//     user) is refused with the Dutch message at the revalidant search;
//  3. the revalidant logs in with the one-time password and sees "Mijn traject".
// axe-core runs on every page visited and must report zero violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  checkA11y,
  launchSessions,
  notConfigured,
  randomLetters,
  startServer,
  submitCredentials,
} from './harness.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

describe('werkpad portal account', { skip: skip ?? false }, () => {
  let server;
  let acc;
  let sessions;
  before(async () => {
    server = await startServer();
    acc = accounts(server.baseUrl);
    sessions = await launchSessions();
  });
  after(async () => {
    await sessions?.close();
    await server?.stop();
  });

  /** Opens "Nieuwe gebruiker" from the users list and picks the role Revalidant. */
  async function newPortalUser(page, username) {
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe gebruiker' }).waitFor();
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Rol').selectOption('revalidant');
    await page.getByRole('heading', { level: 2, name: 'Revalidant van dit portaalaccount' }).waitFor();
    // A portal account belongs to no team.
    assert.equal(await page.getByRole('group', { name: 'Teams' }).count(), 0);
  }

  async function chooseRevalidant(page, query, name) {
    await page.getByLabel('Zoek revalidant op naam of geboortedatum').fill(query);
    await page.getByRole('search', { name: 'Revalidant voor het portaalaccount zoeken' }).getByRole('button', { name: 'Zoeken' }).click();
    await page.getByTestId('portal-search-results').waitFor();
    await page.getByRole('button', { name: `Kiezen ${name}` }).click();
    await page.getByTestId('portal-chosen').getByText(`Gekozen revalidant: ${name},`).waitFor();
  }

  test('admin creates a portal account; the revalidant logs in with the one-time password', async () => {
    const admin = await sessions.newSession();
    const portal = await sessions.newSession({ viewport: { width: 768, height: 1024 } });
    const username = `portaal.${randomLetters(5)}`;
    try {
      const page = admin.page;
      await acc.login(page, 'admin');
      await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();

      // --- The revalidant must be chosen ---------------------------------------------------
      await newPortalUser(page, username);
      await checkA11y(page, 'nieuwe gebruiker, rol revalidant');
      await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'De revalidant is verplicht.' });
      await summary.waitFor();
      await checkA11y(page, 'nieuwe gebruiker zonder revalidant');

      // --- Choose Mohamed Amrani (no portal account in the demo data) and create ------------
      await chooseRevalidant(page, 'Amrani', 'Mohamed Amrani');
      // The name of the account is taken from the revalidant when still empty.
      assert.equal(await page.locator('#gebruiker-display_name').inputValue(), 'Mohamed Amrani');
      await checkA11y(page, 'nieuwe gebruiker, revalidant gekozen');
      await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
      await page.getByRole('heading', { level: 1, name: 'De gebruiker is aangemaakt' }).waitFor();
      await page.getByText(/Dit is het portaalaccount van Mohamed Amrani\./).waitFor();
      const password = (await page.getByTestId('initial-password').textContent()).trim();
      assert.ok(password.length >= 12, 'a one-time password is shown');
      await checkA11y(page, 'portaalaccount aangemaakt');

      // --- A second account for a revalidant that has one is refused -----------------------
      await newPortalUser(page, `portaal.${randomLetters(5)}`);
      await chooseRevalidant(page, 'Henk', 'Henk de Vries');
      await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Deze revalidant heeft al een portaalaccount.' })
        .first()
        .waitFor();
      assert.equal(await page.getByRole('heading', { level: 1, name: 'Nieuwe gebruiker' }).count(), 1);
      await checkA11y(page, 'tweede portaalaccount geweigerd');

      // --- The revalidant logs in with the one-time password -------------------------------
      const pp = portal.page;
      await submitCredentials(pp, server.baseUrl, username, password);
      await pp.getByRole('heading', { level: 1, name: 'Mijn traject' }).waitFor();
      await pp.getByRole('heading', { level: 2, name: 'Waar sta ik?' }).waitFor();
      assert.match(await pp.getByTestId('portal-now').textContent(), /U bent nu bij: /);
      await checkA11y(pp, 'portaal mijn traject (nieuw account)');
      assert.deepEqual(admin.consoleErrors, []);
      assert.deepEqual(portal.consoleErrors, []);
    } catch (e) {
      await admin.capture('portal-account-admin');
      await portal.capture('portal-account-revalidant');
      throw e;
    } finally {
      await admin.close();
      await portal.close();
    }
  });
});
