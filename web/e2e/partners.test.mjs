// Network partners, the matrix for the current phase, the AGR handover and closing AGR in the
// browser, against the real werkpad binary and its demo data (docs/api.md "Netwerkpartners en
// overdracht", gebruikershandleiding "Netwerkpartners" and "Overdracht en afsluiting"). The demo
// gives Ahmet Yilmaz (Team Zuid, werktraining) a re-integratievisie signed on paper and shared
// with werkgever and bedrijfsarts. axe-core runs on every page state visited and must report zero
// violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, captureOnFailure, checkA11y, launchSessions, notConfigured, startServer } from './harness.mjs';
import { assertNoConsoleErrors, decide, openTrajectoryOf, TABLET } from './agr-steps.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

const AHMET = 'Ahmet Yilmaz';

describe('werkpad network partners and the handover', { skip: skip ?? false }, () => {
  let server;
  let acc;
  let browser;
  let ric;
  const sessions = [];

  before(async () => {
    server = await startServer();
    acc = accounts(server.baseUrl);
    browser = await launchSessions();
    ric = await browser.newSession({ viewport: TABLET });
    sessions.push(ric);
    await acc.login(ric.page, 'ric.zuid');
    await ric.page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const step = (name, fn) => captureOnFailure(sessions, name, fn);

  test('add a jobcoach, see the matrix, record a warm handover with form 7 and close AGR', () =>
    step('partners', async () => {
      const page = ric.page;
      await openTrajectoryOf(page, server.baseUrl, AHMET);
      const section = page.getByTestId('partners-section');
      await section.getByRole('heading', { level: 2, name: 'Netwerkpartners' }).waitFor();
      await section.getByTestId('partners-current-phase').getByText(/Huidige fase: Werktraining\./).waitFor();
      const matrix = section.getByTestId('partner-matrix');
      await matrix.waitFor();
      // The current phase is marked in the column header (aria-current), not only by colour.
      const current = matrix.locator('th[aria-current="step"]');
      assert.equal(await current.count(), 1);
      assert.match(await current.textContent(), /Werktraining \(huidige fase\)/);
      await checkA11y(page, 'netwerkpartners: matrix');

      // --- A jobcoach, active in the work training ------------------------------------------------
      await section.getByLabel('Soort partner').selectOption('jobcoach');
      await section.getByLabel('Naam', { exact: true }).fill('Sara Jobcoach');
      await section.getByLabel('Organisatie').fill('Werkfit Midden');
      await section.getByLabel('E-mailadres').fill('geen-adres');
      await section.getByRole('button', { name: 'Toevoegen' }).click();
      await section.getByText('E-mailadres is geen geldig e-mailadres.').waitFor();
      await checkA11y(page, 'netwerkpartners: fout');
      await section.getByLabel('E-mailadres').fill('sara@werkfit.example');
      await section.getByLabel('Rol in de fase Werktraining').selectOption('active');
      await section.getByRole('button', { name: 'Toevoegen' }).click();
      await section.getByText('Sara Jobcoach is toegevoegd.').waitFor();
      const row = matrix.getByRole('row').filter({ hasText: 'Sara Jobcoach' });
      await row.waitFor();
      assert.equal(await row.locator('td[data-phase="werktraining"]').getAttribute('data-role'), 'active');
      assert.equal(await row.locator('td[data-phase="afronding"]').getAttribute('data-role'), 'active'); // handbook default
      assert.equal(await row.locator('td[data-phase="intake_ric"]').getAttribute('data-role'), 'not_involved');
      assert.match(await section.getByTestId('partners-current-phase').textContent(), /partners zijn in de huidige fase betrokken/);
      await checkA11y(page, 'netwerkpartners: jobcoach toegevoegd');

      // --- Discharge approaches: afronding, the matrix follows the route --------------------------
      await decide(page, 'Afronding starten', 'Gereed');
      await section.getByTestId('partners-current-phase').getByText(/Huidige fase: Afronding\./).waitFor();
      assert.match(await matrix.locator('th[aria-current="step"]').textContent(), /Afronding/);

      // --- The handover: warm, with the signed form 7 version -------------------------------------
      const handover = page.getByTestId('handover-section');
      await handover.getByRole('heading', { level: 2, name: 'Overdracht en afsluiting' }).waitFor();
      const visie = await handover.getByTestId('handover-visie').textContent();
      const m = /Ondertekende visie: versie (\d+)\. De revalidant wil die delen met: Werkgever, Bedrijfsarts\./.exec(visie);
      assert.ok(m, visie);
      assert.equal(await handover.getByLabel('Versie van formulier 7').inputValue(), m[1]);
      await handover.getByTestId('handover-expected').locator('[data-party="werkgever"][data-done="nee"]').waitFor();
      await handover.getByTestId('handover-open-tasks').getByText(/Overdracht aan de werkgever/).waitFor();
      await checkA11y(page, 'overdracht: formulier');

      // A version that does not exist is refused with a Dutch message.
      await handover.getByLabel('Versie van formulier 7').fill('999');
      await handover.getByLabel('Naam aanwezige 1').fill('Youssef El Amrani');
      await handover.getByLabel('Partij of rol van aanwezige 1').fill('re-integratiecoördinator');
      await handover.getByRole('button', { name: 'Overdracht vastleggen' }).click();
      await handover.getByText('De versie van formulier 7 bestaat niet.').waitFor();
      await handover.getByLabel('Versie van formulier 7').fill(m[1]);
      await handover.getByRole('button', { name: 'Aanwezige toevoegen' }).click();
      await handover.getByLabel('Naam aanwezige 2').fill('J. Smit');
      await handover.getByLabel('Partij of rol van aanwezige 2').fill('werkgever');
      await handover.getByLabel('Overdracht aan').selectOption('werkgever');
      await handover.getByRole('radio', { name: 'Ja, warm (face to face)' }).check();
      await handover.getByRole('button', { name: 'Overdracht vastleggen' }).click();
      await handover.getByText('De overdracht is vastgelegd; de bijbehorende taak is afgerond.').waitFor();
      const recorded = handover.getByTestId('handover-table').getByRole('row').filter({ hasText: 'Werkgever' });
      await recorded.waitFor();
      assert.match(await recorded.textContent(), new RegExp(`Ja.*versie ${m[1]}.*Youssef El Amrani \\(re-integratiecoördinator\\), J\\. Smit \\(werkgever\\)`));
      await handover.getByTestId('handover-expected').locator('[data-party="werkgever"][data-done="ja"]').waitFor();
      assert.equal(await handover.getByTestId('handover-open-tasks').getByText(/Overdracht aan de werkgever/).count(), 0);
      await checkA11y(page, 'overdracht: vastgelegd');

      // --- Closing AGR with an end reason ---------------------------------------------------------
      // Still missing a required handover (the bedrijfsarts, when D2 allowed contact): a warning.
      const missing = await handover.getByTestId('handover-expected').locator('[data-party="bedrijfsarts"][data-done="nee"]').count();
      assert.equal(await handover.getByTestId('handover-missing').count(), missing > 0 ? 1 : 0);
      await handover.getByRole('button', { name: 'AGR afsluiten…' }).click();
      const dialog = page.getByTestId('decision-dialog');
      await dialog.waitFor();
      await checkA11y(page, 'afsluiten: venster');
      await dialog.getByRole('radio', { name: /^Gereed \(naar/ }).check();
      await dialog.locator('select#beslissing-eindreden').selectOption('ontslag_revalidatie');
      await dialog.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      await page.getByText('De beslissing is vastgelegd.').waitFor();
      await page.getByTestId('current-step').getByText(/Afgerond/).waitFor();
      await handover.getByText('AGR is afgesloten.').waitFor();
      await checkA11y(page, 'traject afgesloten');
      assertNoConsoleErrors(sessions);
    }));
});
