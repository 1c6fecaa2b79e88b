// The platform in the browser, against the real werkpad binary:
//  1. a care professional logs in with 2FA (first-time enrolment), registers a revalidant and
//     finds it in the caseload; the admin (own enrolment) sees the audit entries for it;
//  2. an invalid BSN shows the Dutch elfproef message at the field (tablet width, 768 × 1024).
// axe-core runs on every page visited and must report zero violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  amsterdamDate,
  checkA11y,
  launchBrowser,
  notConfigured,
  registerRevalidant,
  randomLetters,
  startServer,
  submitCredentials,
} from './harness.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

describe('werkpad web', { skip: skip ?? false }, () => {
  let server;
  let acc;
  before(async () => {
    server = await startServer();
    acc = accounts(server.baseUrl);
  });
  after(async () => {
    await server?.stop();
  });

  test('2FA enrolment, register a revalidant, find it in the caseload, audit as admin', async () => {
    const familyName = `Testpersoon${randomLetters()}`;
    const givenNames = 'Synthetische';
    const fullName = `${givenNames} ${familyName}`;
    const { page, close, consoleErrors, capture } = await launchBrowser();
    try {
      // --- RIC: first login goes through TOTP enrolment -----------------------------------
      await acc.login(page, 'ric');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/caseload');
      const ricName = (await page.getByTestId('user-name').textContent()).trim();
      assert.equal((await page.getByTestId('user-role').textContent()).trim(), 'Re-integratiecoördinator');
      await checkA11y(page, 'mijn caseload');

      // --- Register a revalidant ----------------------------------------------------------
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe revalidant' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe revalidant' }).waitFor();
      await page.getByTestId('revalidant-form').waitFor();
      await checkA11y(page, 'nieuwe revalidant');
      await registerRevalidant(page, {
        givenNames,
        familyName,
        ricName,
        extra: { Woonplaats: 'Utrecht', 'Uren per week': '32' },
      });

      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
      await page.getByText('De revalidant is geregistreerd.').waitFor();
      assert.match(new URL(page.url()).pathname, /^\/revalidanten\/\d+$/);
      await checkA11y(page, 'dossier revalidant');

      // --- Find it in the caseload ----------------------------------------------------------
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn caseload' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      await page.getByLabel('Zoek op naam, BSN of geboortedatum').fill(familyName.toLowerCase().slice(0, 14));
      await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
      const row = page.getByTestId('caseload-table').getByRole('row').filter({ hasText: fullName });
      await row.waitFor();
      assert.match(await row.textContent(), /01-04-1980/);
      assert.match(await row.textContent(), /In loondienst/);
      await checkA11y(page, 'caseload met zoekresultaat');
      await row.getByRole('link', { name: fullName }).click();
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();

      // --- Change password page is reachable and accessible -----------------------------------
      await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' }).waitFor();
      await checkA11y(page, 'wachtwoord wijzigen');

      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      await page.getByText('U bent uitgelogd.').waitFor();
      await checkA11y(page, 'uitgelogd');

      // --- Admin: own enrolment, management pages, audit log --------------------------------
      await acc.login(page, 'admin');
      await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
      await page.getByRole('table').waitFor();
      await checkA11y(page, 'gebruikers');
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      for (const name of ['Mijn caseload', 'Nieuwe revalidant']) {
        assert.equal(await nav.getByRole('link', { name }).count(), 0, `admin has no "${name}"`);
      }
      await nav.getByRole('link', { name: 'Teams' }).click();
      await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
      await checkA11y(page, 'teams');
      await nav.getByRole('link', { name: 'Instellingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
      await page.getByLabel('Naam van de instelling').waitFor();
      await checkA11y(page, 'instellingen');

      await nav.getByRole('link', { name: 'Auditlog' }).click();
      await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
      await checkA11y(page, 'auditlog');
      await page.getByLabel('Zoek revalidant op naam, BSN of geboortedatum').fill(familyName);
      await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('button', { name: `Kiezen ${fullName}` }).click();
      await page.getByTestId('audit-chosen').filter({ hasText: fullName }).waitFor();
      await page.getByLabel('Van', { exact: true }).fill(amsterdamDate(-1));
      await page.getByLabel('Tot en met').fill(amsterdamDate(0));
      await page.getByRole('button', { name: 'Auditlog tonen' }).click();
      const table = page.getByTestId('audit-table');
      await table.waitFor();
      const created = table.getByRole('row').filter({ hasText: 'Aangemaakt' });
      await created.first().waitFor();
      assert.match(await created.first().textContent(), /\(ric\)/, 'the creating user is named');
      assert.match(await created.first().textContent(), /Gelukt/);
      assert.ok((await table.getByRole('row').filter({ hasText: 'Ingezien' }).count()) >= 1, 'reads are logged');
      await checkA11y(page, 'auditlog met resultaten');

      assert.deepEqual(consoleErrors, [], 'no uncaught errors in the page');
    } catch (e) {
      await capture('main-flow');
      throw e;
    } finally {
      await close();
    }
  });

  test('invalid BSN shows the Dutch elfproef message at the field (tablet 768 × 1024)', async () => {
    const { page, close, consoleErrors, capture } = await launchBrowser({ viewport: { width: 768, height: 1024 } });
    try {
      // Wrong password first: a clear Dutch message, no lock-out for one attempt.
      await submitCredentials(page, server.baseUrl, 'arts', 'niet-het-goede-wachtwoord');
      await page.getByTestId('login-error').getByText('De gebruikersnaam of het wachtwoord is onjuist.').waitFor();
      await checkA11y(page, 'inloggen mislukt');

      await acc.login(page, 'arts');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      await checkA11y(page, 'caseload (tablet)');
      await page.getByRole('link', { name: 'Nieuwe revalidant', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe revalidant' }).waitFor();
      await page.getByLabel('Voornamen').fill('Synthetische');
      await page.getByLabel('Achternaam').fill(`Fouttest${randomLetters()}`);
      await page.getByLabel('Geboortedatum').fill('1975-06-15');
      await page.getByLabel('BSN').fill('123456789');
      await page.getByLabel('Dienstverband').selectOption('zzp');
      await page.getByRole('button', { name: 'Revalidant registreren' }).click();

      const message = 'Het BSN is ongeldig (elfproef)';
      const fieldError = page.locator('#rev-bsn-fout');
      await fieldError.waitFor();
      assert.match(await fieldError.textContent(), new RegExp(message.replace(/[()]/g, '\\$&')));
      const bsn = page.locator('#rev-bsn');
      assert.equal(await bsn.getAttribute('aria-invalid'), 'true');
      assert.match(await bsn.getAttribute('aria-describedby'), /rev-bsn-fout/);
      // The error summary takes focus and links to the field.
      const summaryLink = page.getByRole('alert').getByRole('link', { name: new RegExp(message.replace(/[()]/g, '\\$&')) });
      await summaryLink.waitFor();
      assert.equal(
        await page.evaluate(() => document.activeElement?.classList.contains('werkpad-error-summary')),
        true,
        'error summary has focus',
      );
      await checkA11y(page, 'nieuwe revalidant met fout (tablet)');
      await summaryLink.click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'rev-bsn', 'summary link focuses the BSN field');
      // Nothing was created: still on the form.
      assert.equal(new URL(page.url()).pathname, '/revalidanten/nieuw');

      // Keyboard: after a page load the first Tab reaches the skip link, which moves focus to the
      // main content.
      await page.goto(`${server.baseUrl}/caseload`);
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de hoofdinhoud');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'inhoud');

      // A session that ends (here: cookie gone) sends the user to the login page with a message,
      // and back to the same page after logging in again.
      await page.context().clearCookies();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe revalidant' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      await page.getByText('Uw sessie is verlopen of beëindigd. Log opnieuw in.').waitFor();
      await checkA11y(page, 'sessie verlopen');
      await acc.login(page, 'arts', undefined, { navigate: false });
      await page.getByRole('heading', { level: 1, name: 'Nieuwe revalidant' }).waitFor();
      assert.deepEqual(consoleErrors, [], 'no uncaught errors in the page');
    } catch (e) {
      await capture('invalid-bsn');
      throw e;
    } finally {
      await close();
    }
  });

  test('two people edit the same file: the second save gets a clear conflict and reloads; login with a recovery code', async () => {
    const { context, page, close, consoleErrors, capture } = await launchBrowser();
    try {
      await acc.login(page, 'fysio');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      const familyName = `Conflicttest${randomLetters()}`;
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe revalidant' }).click();
      await page.getByTestId('revalidant-form').waitFor();
      await page.getByLabel('Voornamen').fill('Synthetische');
      await page.getByLabel('Achternaam').fill(familyName);
      await page.getByLabel('Geboortedatum').fill('1990-02-03');
      await page.getByLabel('Dienstverband').selectOption('werkzoekend');
      await page.getByRole('button', { name: 'Revalidant registreren' }).click();
      await page.getByText('De revalidant is geregistreerd.').waitFor();
      const detailUrl = page.url();

      // Two tabs of the same session open the edit form on the same version.
      await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
      await page.getByTestId('revalidant-form').waitFor();
      await checkA11y(page, 'revalidant bewerken');
      const other = await context.newPage();
      await other.goto(`${detailUrl}/bewerken`);
      await other.getByTestId('revalidant-form').waitFor();

      await page.getByLabel('Functie').fill('Eerste wijziging');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();

      await other.getByLabel('Functie').fill('Tweede wijziging');
      await other.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      const conflict = other.getByTestId('conflict');
      await conflict.getByText('Iemand anders heeft dit intussen gewijzigd').waitFor();
      await checkA11y(other, 'conflict bij opslaan');
      await conflict.getByRole('button', { name: 'Laad de nieuwste versie' }).click();
      await other.getByTestId('conflict').waitFor({ state: 'detached' });
      assert.equal(await other.getByLabel('Functie').inputValue(), 'Eerste wijziging');
      await other.close();

      // Log out and back in with a recovery code instead of the app.
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      await acc.login(page, 'fysio');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      assert.deepEqual(consoleErrors, [], 'no uncaught errors in the page');
    } catch (e) {
      await capture('conflict');
      throw e;
    } finally {
      await close();
    }
  });

  test('admin creates a user and resets the password; the user enrols; an employer sees only the start page', async () => {
    const { page, close, consoleErrors, capture } = await launchBrowser({ viewport: { width: 768, height: 1024 } });
    try {
      const username = `therapeut.${randomLetters(5)}`;
      await acc.login(page, 'admin');
      await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });

      // Teams: add one; it appears in the list.
      const teamName = `Team ${randomLetters(4)}`;
      await nav.getByRole('link', { name: 'Teams' }).click();
      await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
      await page.getByLabel('Naam van het team').fill(teamName);
      await page.getByRole('button', { name: 'Team toevoegen' }).click();
      await page.getByText(`Team "${teamName}" is toegevoegd.`).waitFor();
      await page.getByRole('table').getByRole('rowheader', { name: teamName }).waitFor();
      await checkA11y(page, 'team toegevoegd');

      // Settings: switch the RIC model and save.
      await nav.getByRole('link', { name: 'Instellingen' }).click();
      await page.getByLabel('Model 2: wisselende re-integratiecoördinator').check();
      await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
      await page.getByText('De gegevens zijn opgeslagen.').waitFor();
      assert.equal(await page.getByLabel('Model 2: wisselende re-integratiecoördinator').isChecked(), true);
      await checkA11y(page, 'instellingen opgeslagen');

      await nav.getByRole('link', { name: 'Gebruikers' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
      await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe gebruiker' }).waitFor();
      await page.getByLabel('Gebruikersnaam').fill(username);
      await page.locator('#gebruiker-display_name').fill('Synthetische Therapeut');
      await page.getByLabel('E-mailadres').fill(`${username}@voorbeeld.invalid`);
      await page.getByLabel('Rol').selectOption('therapeut');
      const discipline = page.locator('select#gebruiker-discipline');
      const values = await discipline.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      assert.ok(values.length > 0, 'disciplines are offered');
      await discipline.selectOption(values[0]);
      await page.getByLabel(teamName).check();
      await checkA11y(page, 'nieuwe gebruiker');
      await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
      await page.getByRole('heading', { level: 1, name: 'De gebruiker is aangemaakt' }).waitFor();
      assert.ok((await page.getByTestId('initial-password').textContent()).trim().length >= 12);
      await checkA11y(page, 'gebruiker aangemaakt');

      // The list finds the new user by name and role; disciplines show by their label.
      await page.getByRole('link', { name: 'Naar de gebruikerslijst' }).click();
      await page.getByLabel('Zoek op naam of gebruikersnaam').fill('maatschappelijk');
      await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('row').filter({ hasText: 'Therapeut (Maatschappelijk werk)' }).waitFor();
      await page.getByLabel('Zoek op naam of gebruikersnaam').fill(username);
      await page.getByLabel('Rol').selectOption('therapeut');
      await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
      const userRow = page.getByRole('row').filter({ hasText: username });
      await userRow.waitFor();
      assert.match(await userRow.textContent(), /Niet ingesteld/);
      await checkA11y(page, 'gebruikers gezocht');
      await userRow.getByRole('link', { name: 'Synthetische Therapeut' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gebruiker Synthetische Therapeut' }).waitFor();
      await page.getByRole('button', { name: 'Wachtwoord resetten' }).click();
      await page.getByRole('button', { name: 'Ja, doorgaan' }).click();
      const temp = (await page.getByTestId('temporary-password').textContent()).trim();
      assert.ok(temp.length >= 12, 'temporary password shown');
      await checkA11y(page, 'gebruiker bewerken');

      // The admin's own account: no block or reset buttons (the server refuses them too), a
      // pointer to changing the own password instead.
      const me = await page.evaluate(async () => (await (await fetch('/api/v1/session')).json()).user.id);
      await page.goto(`${server.baseUrl}/beheer/gebruikers/${me}`);
      await page.getByTestId('own-account').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Wachtwoord resetten' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Account blokkeren' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Tweestapsverificatie resetten' }).count(), 0);
      await page.getByTestId('own-account').getByRole('link', { name: 'Wachtwoord wijzigen' }).waitFor();
      await checkA11y(page, 'eigen account');
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

      await acc.login(page, username, temp);
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      assert.equal((await page.getByTestId('user-role').textContent()).trim(), 'Therapeut');
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

      // External roles have no second factor yet and get only "Gedeeld met mij" (issue 6).
      await submitCredentials(page, server.baseUrl, 'werkgever');
      await page.getByRole('heading', { level: 1, name: 'Gedeeld met mij' }).waitFor();
      const links = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
      assert.deepEqual(links.map((l) => l.trim()), ['Gedeeld met mij']);
      await checkA11y(page, 'gedeeld met mij werkgever');
      await page.goto(`${server.baseUrl}/caseload`);
      await page.getByText('U heeft geen toegang tot deze gegevens of deze handeling.').waitFor();
      await checkA11y(page, 'geen toegang');
      assert.deepEqual(consoleErrors, [], 'no uncaught errors in the page');
    } catch (e) {
      await capture('admin-users');
      throw e;
    } finally {
      await close();
    }
  });
});
