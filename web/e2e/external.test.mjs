// External access in the browser (issue 6; docs/api.md "Externe toegang", gebruikershandleiding
// "Externe toegang" and "Gedeeld met mij"), against the real werkpad binary and its demo data.
// From a signed form 7 shared with werkgever and bedrijfsarts: the RIC invites the employer (a new
// account with a first password) and the demo bedrijfsarts (an existing account); the employer
// logs in, sees only the shared document (the employer's copy) and no diagnosis anywhere, and
// downloads it; the bedrijfsarts sees what was shared with them (the medical part too, which Henk
// consented to on form 3); the employer's message with a medical word is refused with the
// server's message at the field; after the RIC withdraws the consent cell the employer's next page
// load no longer shows form 7, and after the grant is revoked nothing is shown at all. axe-core
// runs on every page visited and must report zero violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accounts, captureOnFailure, checkA11y, DEMO_PASSWORD, launchSessions, notConfigured, randomLetters, startServer, submitCredentials } from './harness.mjs';
import { assertNoConsoleErrors, openFile, openTrajectoryOf, TABLET } from './agr-steps.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

const HENK = 'Henk de Vries'; // demo: in werktraining, portal account "revalidant"; form 3 shares with werkgever and bedrijfsarts
const DIAGNOSIS = 'Hernia nuclei pulposi L5-S1 met uitstraling';

/** The text of a PDF, via pdftotext (poppler-utils, as in the API tests); spaces collapsed. */
function pdfText(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'werkpad-e2e-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Downloads the one document of kind `kind` listed on a shared page; returns its bytes. */
async function downloadShared(page, baseUrl, kind) {
  const link = page.locator(`[data-testid="shared-documents"] tr[data-kind="${kind}"]`).getByRole('link');
  const res = await page.request.get(`${baseUrl}${await link.getAttribute('href')}`);
  assert.equal(res.status(), 200);
  assert.equal(res.headers()['content-type'], 'application/pdf');
  assert.match(res.headers()['content-disposition'], /^attachment; filename="/);
  const bytes = await res.body();
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  return bytes;
}

describe('werkpad external access: invite, shared view, message check, withdrawal', { skip: skip ?? false }, () => {
  let server;
  let acc;
  let browser;
  let ric;
  const sessions = [];
  const employer = { username: `wg.${randomLetters()}`, name: `Wim Gerritsen ${randomLetters(4)}`, password: null };
  let henkFileUrl;
  let employerSession;
  let employerDetailUrl;

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

  test('form 7 is drafted with a medical note, signed in the portal and shared with werkgever and bedrijfsarts', () =>
    step('visie', async () => {
      const page = ric.page;
      const trajectoryUrl = await openTrajectoryOf(page, server.baseUrl, HENK, { a11y: false });
      await page.getByRole('link', { name: 'Re-integratievisie openen' }).click();
      await page.getByRole('button', { name: 'Concept opstellen' }).click();
      await page.getByText('Het concept is opgesteld en vooraf ingevuld uit het dossier.').waitFor();
      await page.getByLabel('Visie van het behandelteam op de terugkeer naar werk').fill('Terugkeer in het eigen werk is haalbaar met een opbouw in uren.');
      await page.getByLabel('Advies over de weg terug naar werk').fill('Start met drie ochtenden per week, opbouw over acht weken.');
      await page.getByLabel(/^Medische toelichting/).fill(DIAGNOSIS);
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByText('De re-integratievisie is opgeslagen als nieuwe versie.').waitFor();
      await page.getByTestId('visie-status').getByText('Status: Concept · versie 2').waitFor();
      await page.getByRole('button', { name: 'Ter beoordeling aan het team' }).click();
      await page.getByTestId('visie-status').getByText('Status: In beoordeling bij het team · versie 3').waitFor();
      await page.getByRole('button', { name: 'Klaar voor ondertekening' }).click();
      await page.getByTestId('visie-status').getByText('Status: Klaar voor ondertekening · versie 4').waitFor();

      const me = await browser.newSession({ viewport: TABLET });
      sessions.push(me);
      const pp = me.page;
      await submitCredentials(pp, server.baseUrl, 'revalidant', DEMO_PASSWORD);
      await pp.getByRole('heading', { level: 1, name: 'Mijn traject' }).waitFor();
      await pp.getByRole('link', { name: 'Mijn re-integratievisie lezen en ondertekenen' }).click();
      await pp.getByRole('heading', { level: 1, name: 'Mijn re-integratievisie' }).waitFor();
      const share = pp.getByRole('group', { name: 'Met wie mag de visie gedeeld worden?' });
      await share.getByLabel('Werkgever').check();
      await share.getByLabel('Bedrijfsarts').check();
      await pp.getByLabel('Ik heb de re-integratievisie gelezen en ga akkoord.').check();
      await pp.getByRole('button', { name: 'Ondertekenen' }).click();
      const signed = pp.getByTestId('portal-visie-signed');
      await signed.waitFor();
      assert.match(await signed.textContent(), /Mag gedeeld worden met: Werkgever, Bedrijfsarts\./);
      await me.close();
      sessions.pop();

      // The RIC makes the employer's copy and the full form 7 (the documents the parties may get).
      await page.goto(trajectoryUrl);
      await page.getByRole('heading', { level: 2, name: 'Documenten' }).waitFor();
      for (const kind of ['formulier_7_werkgever', 'formulier_7']) {
        await page.getByLabel('Soort document').selectOption(kind);
        await page.getByRole('button', { name: 'Document maken' }).click();
        await page.getByText(/is gemaakt\./).waitFor();
        await page.locator(`[data-testid="documents-table"] tr[data-kind="${kind}"]`).first().waitFor();
      }
      assertNoConsoleErrors(sessions);
    }));

  test('the RIC invites the employer with a new account and the bedrijfsarts with an existing one', () =>
    step('invite', async () => {
      const page = ric.page;
      await openFile(page, server.baseUrl, HENK, { a11y: false });
      henkFileUrl = page.url();
      const section = page.getByTestId('external-access');
      await section.getByRole('heading', { level: 2, name: 'Externe toegang' }).waitFor();
      // The demo invited Hans Vermeulen (werkgever) and Esther Koster (bedrijfsarts) for Henk.
      const grants = section.getByTestId('grants-table');
      await grants.getByRole('row').filter({ hasText: 'Hans Vermeulen' }).waitFor();
      await grants.getByRole('row').filter({ hasText: 'Esther Koster' }).waitFor();
      await section.getByText('Er zijn nog geen berichten van externe partijen.').waitFor();
      await checkA11y(page, 'dossier: externe toegang');

      // Submitting empty fields: Dutch messages at the fields.
      await section.getByLabel(/^Partij/).selectOption('werkgever');
      await section.getByRole('button', { name: 'Uitnodigen' }).click();
      await section.getByText('Vul een gebruikersnaam in.').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'extern-username', 'focus goes to the first wrong field');

      await section.getByLabel('Gebruikersnaam').fill(employer.username);
      await section.getByLabel(/^Naam/).fill(employer.name);
      await section.getByLabel('E-mailadres').fill(`${employer.username}@bedrijf.example`);
      await section.getByRole('button', { name: 'Uitnodigen' }).click();
      await page.getByText(`${employer.name} is uitgenodigd.`).waitFor();
      const pw = section.getByTestId('initial-password');
      await pw.waitFor();
      employer.password = (await pw.textContent()).trim();
      assert.ok(employer.password.length >= 12, 'a first password is shown once');
      await section.getByText('Geef dit wachtwoord veilig door').waitFor();
      const row = section.getByTestId('grants-table').getByRole('row').filter({ hasText: employer.name });
      await row.waitFor();
      assert.match(await row.textContent(), /Werkgever/);
      assert.match(await row.textContent(), /Actief/);
      assert.match(await row.getByTestId('grant-shared').textContent(), /Re-integratievisie/);
      assert.match(await row.textContent(), /Nog niet bekeken/);
      await checkA11y(page, 'dossier: werkgever uitgenodigd');

      // The same username again: refused at the field.
      await section.getByLabel('Gebruikersnaam').fill(employer.username);
      await section.getByLabel(/^Naam/).fill('Iemand Anders');
      await section.getByLabel('E-mailadres').fill('iemand@bedrijf.example');
      await section.getByRole('button', { name: 'Uitnodigen' }).click();
      await section.getByText(/Deze gebruikersnaam is al in gebruik|al toegang/).waitFor();

      // The demo bedrijfsarts (Esther Koster), found with the account picker: she has access
      // already, so the invitation is refused at the field; after revoking her grant (with
      // confirmation) she is invited again as an existing account, without a new password.
      const inviteEsther = async () => {
        await section.getByLabel(/^Partij/).selectOption('bedrijfsarts');
        await section.getByRole('radio', { name: 'Bestaand account' }).check();
        await section.getByLabel('Zoek een bestaand account').fill('Koster');
        await section.getByRole('button', { name: 'Zoeken', exact: true }).click();
        const pick = section.getByLabel(/^Gevonden accounts/);
        await pick.waitFor();
        const value = await pick.locator('option').filter({ hasText: 'Esther Koster' }).getAttribute('value');
        await pick.selectOption(value);
        await section.getByRole('button', { name: 'Uitnodigen' }).click();
      };
      await inviteEsther();
      await section.getByText('Dit account heeft al toegang tot deze revalidant.').waitFor();
      await checkA11y(page, 'dossier: account heeft al toegang');
      await section.getByRole('button', { name: 'Toegang intrekken voor Esther Koster' }).click();
      await section.getByTestId('revoke-confirm').waitFor();
      await checkA11y(page, 'dossier: intrekken bevestigen');
      await section.getByRole('button', { name: 'Ja, toegang intrekken' }).click();
      await page.getByText('De toegang van Esther Koster is ingetrokken.').waitFor();
      await grants.locator('tr[data-status="revoked"]').filter({ hasText: 'Esther Koster' }).waitFor();
      await inviteEsther();
      await page.getByText('Esther Koster is uitgenodigd.').waitFor();
      assert.equal(await section.getByTestId('initial-password').count(), 0, 'no password for an existing account');
      const esther = grants.locator('tr[data-status="active"]').filter({ hasText: 'Esther Koster' });
      await esther.waitFor();
      assert.match(await esther.getByTestId('grant-shared').textContent(), /Re-integratievisie/);
      assert.match(await esther.getByTestId('grant-shared').textContent(), /Specifieke medische gegevens/);
      await checkA11y(page, 'dossier: bedrijfsarts opnieuw uitgenodigd');
      assertNoConsoleErrors(sessions);
    }));

  test('the employer sees only the shared document and no diagnosis; a medical message is refused', () =>
    step('employer', async () => {
      employerSession = await browser.newSession({ viewport: TABLET });
      sessions.push(employerSession);
      const page = employerSession.page;
      await submitCredentials(page, server.baseUrl, employer.username, employer.password);
      await page.getByRole('heading', { level: 1, name: 'Gedeeld met mij' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.deepEqual(await nav.getByRole('link').allTextContents(), ['Gedeeld met mij'], 'the employer menu has one entry');
      await checkA11y(page, 'werkgever: gedeeld met mij');
      const link = page.getByTestId('shared-table').getByRole('link', { name: HENK });
      await link.click();
      await page.getByRole('heading', { level: 1, name: `Gedeeld door ${HENK}` }).waitFor();
      await page.getByTestId('shared-section-reintegratievisie').waitFor();
      employerDetailUrl = page.url();
      await checkA11y(page, 'werkgever: gedeeld door Henk');

      const text = await page.locator('body').innerText();
      assert.ok(!text.includes(DIAGNOSIS), 'no diagnosis text on the employer page');
      assert.ok(!/hernia/i.test(text), 'no diagnosis word on the employer page');
      assert.ok(!text.includes('Medische toelichting'), 'no medical section label on the employer page');
      assert.match(text, /drie ochtenden per week/, 'the advice is shared');

      const docs = page.getByTestId('shared-documents').getByRole('link');
      assert.equal(await docs.count(), 1, 'exactly one document: the employer copy');
      const pdf = pdfText(await downloadShared(page, server.baseUrl, 'formulier_7_werkgever'));
      assert.match(pdf, /drie ochtenden per week/, 'the employer copy holds the advice');
      assert.ok(!/hernia/i.test(pdf), 'no diagnosis in the employer copy');

      // The message form: warning visible; a medical word refused with the server's message.
      await page.getByTestId('medical-warning').getByText('Vul hier geen medische informatie in (geen diagnose, medicatie of behandeling).').waitFor();
      await page.getByLabel('Uw bericht').fill('Hij gebruikt oxazepam en heeft een hernia; kan hij maandag beginnen?');
      await page.getByRole('button', { name: 'Bericht versturen' }).click();
      const err = page.getByTestId('message-error');
      await err.waitFor();
      assert.match(await err.textContent(), /medische informatie/);
      assert.match(await err.textContent(), /hernia|oxazepam/);
      assert.equal(await page.getByLabel('Uw bericht').getAttribute('aria-invalid'), 'true');
      await checkA11y(page, 'werkgever: bericht geweigerd');
      await page.getByLabel('Uw bericht').fill('Kan hij maandag om negen uur beginnen met de eerste ochtend?');
      await page.getByRole('button', { name: 'Bericht versturen' }).click();
      await page.getByText('Uw bericht is verstuurd.').waitFor();
      await page.getByTestId('my-messages').getByText('Kan hij maandag om negen uur beginnen').waitFor();
      assert.equal(await page.getByTestId('message-error').count(), 0);
      await checkA11y(page, 'werkgever: bericht verstuurd');

      // A staff page is not for the employer.
      await page.goto(`${server.baseUrl}/caseload`);
      await page.getByText('U heeft geen toegang tot deze gegevens of deze handeling.').waitFor();
      assertNoConsoleErrors(sessions);
    }));

  test('the bedrijfsarts sees what was shared with them, the medical part included', () =>
    step('bedrijfsarts', async () => {
      const ba = await browser.newSession({ viewport: TABLET });
      sessions.push(ba);
      const page = ba.page;
      await submitCredentials(page, server.baseUrl, 'bedrijfsarts', DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Gedeeld met mij' }).waitFor();
      await checkA11y(page, 'bedrijfsarts: gedeeld met mij');
      await page.getByTestId('shared-table').getByRole('link', { name: HENK }).click();
      await page.getByRole('heading', { level: 1, name: `Gedeeld door ${HENK}` }).waitFor();
      await page.getByTestId('shared-section-reintegratievisie').waitFor();
      const text = await page.locator('body').innerText();
      assert.match(text, /drie ochtenden per week/);
      assert.ok(text.includes(DIAGNOSIS), 'Henk consented to medical information for his bedrijfsarts (form 3)');
      assert.equal(await page.getByTestId('shared-documents').getByRole('link').count(), 1, 'one document: the full form 7');
      const pdf = pdfText(await downloadShared(page, server.baseUrl, 'formulier_7'));
      assert.ok(pdf.includes(DIAGNOSIS), 'the full form 7 holds the medical note');
      await checkA11y(page, 'bedrijfsarts: gedeeld door Henk');
      assertNoConsoleErrors(sessions);
      await ba.close();
      sessions.pop();
    }));

  test('the RIC sees the message and last view; withdrawing consent and revoking take effect on the next load', () =>
    step('withdraw', async () => {
      const page = ric.page;
      await page.goto(henkFileUrl);
      const section = page.getByTestId('external-access');
      await section.getByTestId('external-messages').getByText('Kan hij maandag om negen uur beginnen').waitFor();
      assert.equal(await section.getByText(/oxazepam/).count(), 0, 'the refused message was not stored');
      const row = section.getByTestId('grants-table').getByRole('row').filter({ hasText: employer.name });
      assert.doesNotMatch(await row.textContent(), /Nog niet bekeken/, 'the employer view is recorded');
      await checkA11y(page, 'dossier: bericht van de werkgever');

      // Withdraw the werkgever's consent for form 7 in the consent matrix.
      await page.goto(`${henkFileUrl}/toestemming`);
      await page.getByRole('heading', { level: 1, name: `Toestemming van ${HENK}` }).waitFor();
      await page.getByRole('button', { name: 'Toestemming intrekken voor Werkgever, Re-integratievisie' }).click();
      await page.getByText('De toestemming is bijgewerkt.').waitFor();

      const ep = employerSession.page;
      await ep.goto(employerDetailUrl);
      await ep.getByRole('heading', { level: 1, name: `Gedeeld door ${HENK}` }).waitFor();
      await ep.getByTestId('not-shared').getByText('Niet gedeeld: Re-integratievisie (toestemming ingetrokken)').waitFor();
      assert.equal(await ep.getByTestId('shared-section-reintegratievisie').count(), 0, 'form 7 is gone');
      assert.equal(await ep.getByTestId('shared-documents').count(), 0, 'no documents any more');
      assert.doesNotMatch(await ep.locator('body').innerText(), /drie ochtenden per week/);
      await checkA11y(ep, 'werkgever: na intrekken toestemming');

      // Revoke the grant with confirmation.
      await page.goto(henkFileUrl);
      const s2 = page.getByTestId('external-access');
      await s2.getByRole('button', { name: `Toegang intrekken voor ${employer.name}` }).click();
      await s2.getByTestId('revoke-confirm').waitFor();
      await checkA11y(page, 'dossier: intrekken werkgever bevestigen');
      await s2.getByRole('button', { name: 'Ja, toegang intrekken' }).click();
      await page.getByText(`De toegang van ${employer.name} is ingetrokken.`).waitFor();
      const revoked = s2.getByTestId('grants-table').getByRole('row').filter({ hasText: employer.name });
      await revoked.getByText(/Ingetrokken op/).waitFor();
      assert.equal(await revoked.getByRole('button').count(), 0);

      await ep.reload();
      await ep.getByText('Deze gegevens zijn niet gevonden.', { exact: false }).waitFor();
      assert.doesNotMatch(await ep.locator('body').innerText(), /Henk/);
      await checkA11y(ep, 'werkgever: toegang ingetrokken');
      await ep.getByRole('link', { name: 'Terug naar Gedeeld met mij' }).click();
      await ep.getByText('Er is op dit moment niets met u gedeeld.').waitFor();
      await checkA11y(ep, 'werkgever: niets gedeeld');
      assertNoConsoleErrors(sessions);
    }));
});
