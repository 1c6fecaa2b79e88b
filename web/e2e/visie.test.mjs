// Form 7 (re-integratievisie) in the browser, against the real werkpad binary and its demo data
// (docs/api.md "Re-integratievisie (formulier 7)", gebruikershandleiding "Re-integratievisie"):
// the RIC drafts it from the pre-filled draft, the team comments, the RIC sends it for review and
// marks it ready; the revalidant reads it in the portal, chooses to share it with the werkgever and
// signs; the RIC sees the signature and makes the employer's copy (a PDF download). axe-core runs
// on every page visited and must report zero violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, captureOnFailure, checkA11y, DEMO_PASSWORD, launchSessions, notConfigured, startServer, submitCredentials } from './harness.mjs';
import { assertNoConsoleErrors, openTrajectoryOf, TABLET } from './agr-steps.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

const HENK = 'Henk de Vries'; // demo: in werktraining, with the portal account "revalidant"

function todayPattern() {
  const f = (tz) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: tz }).format(new Date());
  return `(?:${f('Europe/Amsterdam')}|${f('UTC')})`;
}

describe('werkpad form 7: draft, review, portal signature, employer copy', { skip: skip ?? false }, () => {
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
    await acc.login(ric.page, 'ric');
    await ric.page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const step = (name, fn) => captureOnFailure(sessions, name, fn);

  test('from the pre-filled draft to the revalidant signing in the portal', () =>
    step('visie', async () => {
      const page = ric.page;
      const trajectoryUrl = await openTrajectoryOf(page, server.baseUrl, HENK);
      await page.getByRole('link', { name: 'Re-integratievisie openen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Re-integratievisie' }).waitFor();
      await page.getByText('Er is nog geen re-integratievisie voor dit traject.').waitFor();
      await checkA11y(page, 'visie: nog geen');
      await page.getByRole('button', { name: 'Concept opstellen' }).click();
      await page.getByText('Het concept is opgesteld en vooraf ingevuld uit het dossier.').waitFor();
      await page.getByRole('heading', { level: 1, name: `Re-integratievisie van ${HENK}` }).waitFor();
      const verloop = await page.getByLabel('Verloop van de arbeidsgerichte revalidatie').inputValue();
      assert.match(verloop, /Start werktraining \(D3\) — ja/);
      assert.match(await page.getByLabel('Persoonsprofiel en functieprofiel').inputValue(), /Nog geen profielgegevens/);
      await checkA11y(page, 'visie: concept');

      await page.getByLabel('Visie van het behandelteam op de terugkeer naar werk').fill('Terugkeer in het eigen werk is haalbaar met een opbouw in uren.');
      await page.getByLabel('Jobcoach').check();
      await page.getByLabel('Advies over de weg terug naar werk').fill('Start met drie ochtenden per week, opbouw over acht weken.');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByText('De re-integratievisie is opgeslagen als nieuwe versie.').waitFor();
      await page.getByTestId('visie-status').getByText('Status: Concept · versie 2').waitFor();

      await page.getByLabel('Opmerking', { exact: true }).fill('Graag de pauzes concreet benoemen.');
      await page.getByRole('button', { name: 'Opmerking plaatsen' }).click();
      await page.getByTestId('visie-comments').getByText('Graag de pauzes concreet benoemen.').waitFor();

      await page.getByRole('button', { name: 'Ter beoordeling aan het team' }).click();
      await page.getByTestId('visie-status').getByText('Status: In beoordeling bij het team · versie 3').waitFor();
      await page.getByRole('button', { name: 'Klaar voor ondertekening' }).click();
      await page.getByTestId('visie-status').getByText('Status: Klaar voor ondertekening · versie 4').waitFor();
      assert.equal(await page.getByLabel('Advies over de weg terug naar werk').getAttribute('readonly'), '');
      assert.equal(await page.getByTestId('visie-versions').getByRole('row').count(), 5); // header + 4
      await checkA11y(page, 'visie: klaar voor ondertekening');

      // --- The revalidant in the portal ---------------------------------------------------------
      const me = await browser.newSession({ viewport: TABLET });
      sessions.push(me);
      const pp = me.page;
      await submitCredentials(pp, server.baseUrl, 'revalidant', DEMO_PASSWORD);
      await pp.getByRole('heading', { level: 1, name: 'Mijn traject' }).waitFor();
      await pp.getByRole('link', { name: 'Mijn re-integratievisie lezen en ondertekenen' }).click();
      await pp.getByRole('heading', { level: 1, name: 'Mijn re-integratievisie' }).waitFor();
      assert.match(await pp.getByLabel('Advies over de weg terug naar werk').inputValue(), /drie ochtenden per week/);
      assert.equal(await pp.getByText('Graag de pauzes concreet benoemen.').count(), 0, 'review comments are internal');
      await checkA11y(pp, 'portaal: visie lezen');
      await pp.getByRole('group', { name: 'Met wie mag de visie gedeeld worden?' }).getByLabel('Werkgever').check();
      await pp.getByRole('button', { name: 'Ondertekenen' }).click();
      await pp.getByText('Vink aan dat u de visie hebt gelezen en akkoord gaat.').waitFor();
      await pp.getByLabel('Ik heb de re-integratievisie gelezen en ga akkoord.').check();
      await pp.getByRole('button', { name: 'Ondertekenen' }).click();
      const signed = pp.getByTestId('portal-visie-signed');
      await signed.waitFor();
      assert.match(await signed.textContent(), new RegExp(`U hebt de re-integratievisie ondertekend op ${todayPattern()}\\.`));
      assert.match(await signed.textContent(), /Mag gedeeld worden met: Werkgever\./);
      await checkA11y(pp, 'portaal: visie ondertekend');

      // --- Back with the RIC: the signature and the employer's copy ------------------------------
      await page.reload();
      const sig = page.getByTestId('visie-signature');
      await sig.waitFor();
      assert.match(await sig.textContent(), /in het portaal/);
      assert.match(await sig.textContent(), /Mag gedeeld worden met: Werkgever\./);
      await page.goto(trajectoryUrl);
      await page.getByRole('heading', { level: 2, name: 'Documenten' }).waitFor();
      await page.getByLabel('Soort document').selectOption('formulier_7_werkgever');
      await page.getByRole('button', { name: 'Document maken' }).click();
      await page.getByText(/is gemaakt\./).waitFor();
      const link = page.getByTestId('documents-table').getByRole('link', { name: /kopie voor de werkgever|werkgever/ }).first();
      await link.waitFor();
      const href = await link.getAttribute('href');
      const pdf = await page.request.get(`${server.baseUrl}${href}`);
      assert.equal(pdf.status(), 200);
      assert.equal(pdf.headers()['content-type'], 'application/pdf');
      assert.match(pdf.headers()['content-disposition'], /^attachment; filename="formulier_7_werkgever-traject-/);
      assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
      await checkA11y(page, 'traject: documenten');
      assertNoConsoleErrors(sessions);
    }));

  test('the admin uploads the logo for the letterhead; a file that is not a PNG is refused', () =>
    step('logo', async () => {
      const admin = await browser.newSession();
      sessions.push(admin);
      const page = admin.page;
      await acc.login(page, 'admin');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
      await page.getByRole('heading', { level: 2, name: 'Logo' }).waitFor();
      await page.getByText('Er is nog geen logo.', { exact: false }).waitFor();
      await page.getByLabel('Logobestand (PNG)').setInputFiles({ name: 'logo.txt', mimeType: 'image/png', buffer: Buffer.from('geen png') });
      await page.getByRole('button', { name: 'Logo opslaan' }).click();
      await page.getByText('Het bestand is geen leesbare PNG-afbeelding.').waitFor();
      await page.getByLabel('Logobestand (PNG)').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(PNG_BASE64, 'base64') });
      await page.getByRole('button', { name: 'Logo opslaan' }).click();
      await page.getByText('Het logo is opgeslagen.').waitFor();
      await page.getByRole('img', { name: 'Huidig logo van de instelling' }).waitFor();
      await checkA11y(page, 'instellingen: logo');
      await page.getByRole('button', { name: 'Logo verwijderen' }).click();
      await page.getByText('Het logo is verwijderd.').waitFor();
      assertNoConsoleErrors(sessions);
    }));
});

// A 2x1 PNG (synthetic).
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8DA0PAfAAgAAn+cRUBOAAAAAElFTkSuQmCC';
