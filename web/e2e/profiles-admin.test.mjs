// The admin pages of the profile part in the browser, against the real werkpad binary and its demo
// data (gebruikershandleiding chapter 9, "Werksamples" and "Discipline per item"): the admin adds a
// worksample, edits it, is refused a duplicate name in Dutch, deactivates it; then gives one item
// an extra discipline and sees the choice kept after a reload. axe-core runs on every state.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, checkA11y, launchBrowser, notConfigured, randomLetters, startServer } from './harness.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

describe('werkpad admin: worksamples and the item-to-discipline assignment', { skip: skip ?? false }, () => {
  let server;
  let acc;
  before(async () => {
    server = await startServer();
    acc = accounts(server.baseUrl);
  });
  after(async () => {
    await server?.stop();
  });

  test('admin adds, edits and deactivates a worksample and changes the discipline of an item', async () => {
    const { context, page, close, consoleErrors, capture } = await launchBrowser({ viewport: { width: 1024, height: 768 } });
    try {
      await acc.login(page, 'admin');
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });

      // --- Werksamples ---------------------------------------------------------------------
      await nav.getByRole('link', { name: 'Werksamples' }).click();
      await page.getByRole('heading', { level: 1, name: 'Werksamples' }).waitFor();
      await checkA11y(page, 'werksamples');
      const name = `Kassawerk ${randomLetters()}`;
      const form = page.locator('section[aria-labelledby="werksample-nieuw"]');
      await form.getByLabel('Naam').fill(name);
      await form.getByLabel('Fysiek en cognitief').check();
      await form.getByLabel('Met materiaal van de werkgever').check();
      await form.getByLabel('Omschrijving').fill('Scannen en afrekenen aan een kassa van de werkgever.');
      await form.getByRole('button', { name: 'Werksample toevoegen' }).click();
      await page.getByRole('status').getByText(`Het werksample ${name} is toegevoegd.`).waitFor();
      const row = page.getByTestId('worksamples-table').getByRole('row').filter({ hasText: name });
      await row.waitFor();
      assert.match(await row.textContent(), /Fysiek en cognitief.*Ja.*Scannen en afrekenen.*Actief/);
      await checkA11y(page, 'werksample toegevoegd');

      // The same name again: refused with a Dutch message.
      await form.getByLabel('Naam').fill(name);
      await form.getByRole('button', { name: 'Werksample toevoegen' }).click();
      await page.getByTestId('werksample-nieuw-fouten').getByText('Er is al een werksample met deze naam. Kies een andere naam.').waitFor();
      await checkA11y(page, 'werksample dubbele naam');

      // Edit: another description.
      await row.getByRole('button', { name: `${name} wijzigen` }).click();
      const edit = page.locator('section[aria-labelledby="werksample-wijzigen"]');
      await edit.getByRole('heading', { level: 2, name: `Werksample ${name} wijzigen` }).waitFor();
      await edit.getByLabel('Omschrijving').fill('Afrekenen aan de kassa, met pinautomaat.');
      await checkA11y(page, 'werksample wijzigen');
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByRole('status').getByText(`Het werksample ${name} is opgeslagen.`).waitFor();
      await row.getByText('Afrekenen aan de kassa, met pinautomaat.').waitFor();

      // Someone else saves the same worksample in another tab first: a Dutch conflict message,
      // the newest version is taken and saving again keeps what the admin typed.
      await row.getByRole('button', { name: `${name} wijzigen` }).click();
      await edit.getByLabel('Omschrijving').fill('Afrekenen, versie van tabblad 1.');
      const other = await context.newPage();
      await other.goto(`${server.baseUrl}/beheer/werksamples`);
      const otherRow = other.getByTestId('worksamples-table').getByRole('row').filter({ hasText: name });
      await otherRow.getByRole('button', { name: `${name} wijzigen` }).click();
      await other.locator('section[aria-labelledby="werksample-wijzigen"]').getByLabel('Omschrijving').fill('Afrekenen, versie van tabblad 2.');
      await other.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await other.getByRole('status').getByText(`Het werksample ${name} is opgeslagen.`).waitFor();
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByTestId('werksample-wijzig-fouten').getByText(/intussen door iemand anders gewijzigd/).waitFor();
      assert.equal(await edit.getByLabel('Omschrijving').inputValue(), 'Afrekenen, versie van tabblad 1.');
      await checkA11y(page, 'werksample conflict');
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByRole('status').getByText(`Het werksample ${name} is opgeslagen.`).waitFor();
      await row.getByText('Afrekenen, versie van tabblad 1.').waitFor();

      // Deactivate, then it shows as inactive.
      await row.getByRole('button', { name: `${name} op inactief zetten` }).click();
      await page.getByRole('status').getByText(`Het werksample ${name} staat nu op inactief.`).waitFor();
      await row.getByRole('button', { name: `${name} weer actief maken` }).waitFor();
      assert.match(await row.textContent(), /Inactief/);
      await checkA11y(page, 'werksample inactief');

      // --- Discipline per item -----------------------------------------------------------
      await nav.getByRole('link', { name: 'Discipline per item' }).click();
      await page.getByRole('heading', { level: 1, name: 'Discipline per item' }).waitFor();
      const table = page.getByTestId('assignment-table');
      await table.waitFor();
      const rows = table.locator('tr[data-testid^="toewijzing-"]');
      assert.equal(await rows.count(), 25, 'the 25 items of the item catalogue');
      await checkA11y(page, 'discipline per item');
      const first = rows.first();
      const testId = await first.getAttribute('data-testid');
      const unchecked = first.locator('input[type="checkbox"]:not(:checked)').first();
      const boxId = await unchecked.getAttribute('id');
      await unchecked.check();
      await first.getByText('(aangepast)').waitFor();

      // No discipline at all for an item: a Dutch message at that item, nothing saved.
      const second = rows.nth(1);
      const checkedIds = await second.locator('input[type="checkbox"]:checked').evaluateAll((els) => els.map((el) => el.id));
      assert.ok(checkedIds.length > 0, 'every item has a default discipline');
      for (const id of checkedIds) await page.locator(`#${id}`).uncheck();
      await page.getByRole('button', { name: 'Toewijzing opslaan' }).click();
      await second.getByText(/kies minstens één discipline/).waitFor();
      await checkA11y(page, 'toewijzing fout');
      await page.getByRole('button', { name: 'Terug naar de standaard' }).click();
      await unchecked.check();

      await page.getByRole('button', { name: 'Toewijzing opslaan' }).click();
      await page.getByRole('status').getByText('De toewijzing is opgeslagen.').waitFor();
      await page.reload();
      const again = page.getByTestId(testId);
      await again.waitFor();
      assert.equal(await page.locator(`#${boxId}`).isChecked(), true, 'the extra discipline is kept');
      await again.getByText('(aangepast)').waitFor();
      await checkA11y(page, 'toewijzing opgeslagen');

      // A stale save: the other tab (loaded before) saves after this one; it is refused in Dutch
      // and gets the newest assignment.
      await other.goto(`${server.baseUrl}/beheer/discipline-per-item`);
      await other.getByTestId('assignment-table').waitFor();
      await page.getByRole('button', { name: 'Terug naar de standaard' }).click();
      await page.getByRole('button', { name: 'Toewijzing opslaan' }).click();
      await page.getByRole('status').getByText('De toewijzing is opgeslagen.').waitFor();
      assert.equal(await page.locator(`#${boxId}`).isChecked(), false, 'back to the default');
      await other.getByRole('button', { name: 'Toewijzing opslaan' }).click();
      await other.getByTestId('toewijzing-fouten').getByText(/Iemand anders heeft de toewijzing intussen gewijzigd/).waitFor();
      await other.getByTestId(testId).getByText('(aangepast)').waitFor({ state: 'detached' });
      assert.equal(await other.locator(`#${boxId}`).isChecked(), false, 'the other tab shows the newest assignment');
      await checkA11y(other, 'toewijzing conflict');

      assert.deepEqual(consoleErrors, []);
    } catch (e) {
      await capture('profiles-admin');
      throw e;
    } finally {
      await close();
    }
  });
});
