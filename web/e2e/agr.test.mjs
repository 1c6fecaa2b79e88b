// The AGR route in the browser, against the real werkpad binary, at tablet width (768 × 1024):
// one new revalidant goes from the intake by the revalidatiearts through D1, the RIC intake with
// a signed consent form (form 3, signed on paper), D2, the werkbezoek and D3 into werktraining,
// using only the UI. Along the way: the Dutch 409 rule message (D2 before form 3 is signed),
// a stale form save in two tabs (409 with the other person's change and a reload), the field
// history, the consent matrix (withdraw + history), "Mijn taken", the patiëntenbespreking and
// the revalidant portal. axe-core runs on every page visited and must report zero violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  amsterdamDate,
  checkA11y,
  DEMO_PASSWORD,
  launchBrowser,
  notConfigured,
  registerRevalidant,
  randomLetters,
  submitCredentials,
  startServer,
} from './harness.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

const TABLET = { width: 768, height: 1024 };

/** The radio `option` inside the fieldset whose legend starts with `group`. */
function radio(scope, group, option) {
  return scope.getByRole('group', { name: new RegExp(`^${escape(group)}`) }).getByRole('radio', { name: option, exact: true });
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function logout(page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
}

async function openFromTrajectory(page, formTitle) {
  await page.getByTestId('forms-table').getByRole('link', { name: formTitle }).click();
  await page.getByRole('heading', { level: 1, name: formTitle }).waitFor();
}

async function backToTrajectory(page) {
  await page.getByRole('link', { name: 'Terug naar het traject' }).click();
  await page.getByTestId('route').waitFor();
}

/** Status text of one form in the trajectory's forms table. */
async function formStatus(page, formId) {
  return (await page.locator(`[data-testid="forms-table"] tr[data-form="${formId}"] td`).first().textContent()).trim();
}

/** Waits until the route shows `name` as the current step (the page reloads after a decision). */
async function expectCurrentStep(page, name) {
  await page.locator('[data-testid="route"] [data-status="current"]').filter({ hasText: name }).waitFor();
}

/** Opens the decision dialog for `kind`, picks `outcome` and fills the optional extras. */
async function decide(page, buttonName, outcome, { note = '', reason = null, uncheck = [], checklist = false } = {}) {
  await page.getByRole('button', { name: buttonName }).click();
  const dialog = page.getByTestId('decision-dialog');
  await dialog.waitFor();
  if (checklist) {
    // D3: the five criteria as a checklist; the system suggests, people decide.
    await dialog.getByTestId('d3-suggestion').getByText(/niet alle criteria/).waitFor();
    for (const id of ['belastbaarheid', 'orientatie', 'taalbegrip', 'leerbaarheid']) {
      await dialog.locator(`select#d3-${id}`).selectOption('voldaan');
    }
    await dialog.getByTestId('d3-suggestion').getByText('Voorstel: Ja.').waitFor();
  }
  await checkA11y(page, `beslissing ${buttonName}`);
  await dialog.getByRole('radio', { name: new RegExp(`^${escape(outcome)} \\(naar`) }).check();
  if (reason) await dialog.getByLabel(/^Reden/).selectOption(reason);
  for (const name of uncheck) await dialog.getByRole('checkbox', { name }).uncheck();
  if (note) await dialog.getByLabel('Toelichting').fill(note);
  await dialog.getByRole('button', { name: 'Beslissing vastleggen' }).click();
  return dialog;
}

describe('werkpad AGR route', { skip: skip ?? false }, () => {
  let server;
  let acc;
  before(async () => {
    server = await startServer();
    acc = accounts(server.baseUrl);
  });
  after(async () => {
    await server?.stop();
  });

  test('intake arts → D1 → intake RIC with signed form 3 → D2 → werkbezoek → D3 → werktraining, only through the UI', async () => {
    const familyName = `Agrtest${randomLetters()}`;
    const fullName = `Synthetische ${familyName}`;
    const { page, context, close, consoleErrors, capture } = await launchBrowser({ viewport: TABLET });
    try {
      // --- RIC registers the revalidant and starts the trajectory ----------------------------
      await acc.login(page, 'ric');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      for (const name of ['Mijn caseload', 'Mijn taken', 'Patiëntenbespreking', 'Nieuwe revalidant']) {
        assert.equal(await nav.getByRole('link', { name }).count(), 1, `staff menu has "${name}"`);
      }
      const ricName = (await page.getByTestId('user-name').textContent()).trim();
      await nav.getByRole('link', { name: 'Nieuwe revalidant' }).click();
      await page.getByTestId('revalidant-form').waitFor();
      await registerRevalidant(page, { givenNames: 'Synthetische', familyName, ricName });
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
      const agr = page.getByTestId('agr-section');
      await agr.getByText('Er is nog geen AGR-traject voor deze revalidant.').waitFor();
      await checkA11y(page, 'dossier met AGR-sectie');
      await agr.getByLabel(/^Opnamedatum/).fill(amsterdamDate(0));
      await agr.getByRole('button', { name: 'Traject starten' }).click();
      await page.getByRole('heading', { level: 1, name: `AGR-traject van ${fullName}` }).waitFor();
      await page.getByText('Het AGR-traject is gestart.').waitFor();
      const trajectoryUrl = page.url();
      assert.match(new URL(trajectoryUrl).pathname, /^\/trajecten\/\d+$/);
      await expectCurrentStep(page, 'Intake revalidatiearts');
      assert.equal(await page.locator('[data-testid="route"] li').count(), 6, 'six working steps drawn');
      assert.match(await page.locator('[data-testid="route"] [data-status="next"]').textContent(), /Intake re-integratiecoördinator/);
      // D1 belongs to the revalidatiearts: the RIC is offered no decision now.
      await page.getByText('Er is nu geen beslissing voor u mogelijk.').waitFor();
      await checkA11y(page, 'traject (intake arts)');
      await logout(page);

      // --- Revalidatiearts: form 1 and D1 "ja" -------------------------------------------------
      await acc.login(page, 'arts');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      await page.goto(trajectoryUrl);
      await page.getByRole('heading', { level: 1, name: `AGR-traject van ${fullName}` }).waitFor();
      assert.equal(await formStatus(page, 'agr-1-intake-arts'), 'Nog niet begonnen');
      await openFromTrajectory(page, 'AGR formulier 1: Intake arts');
      await page.getByRole('button', { name: 'Formulier invullen' }).click();
      await page.getByTestId('response-form').waitFor();
      await checkA11y(page, 'formulier 1 (leeg concept)');
      // Finalising an empty form names each missing item (422) in Dutch.
      await page.getByRole('button', { name: 'Definitief maken' }).click();
      const summary = page.locator('.werkpad-error-summary');
      await summary.getByText('"Arbeidsstatus" is verplicht.').waitFor();
      await summary.getByText('"Wordt de re-integratiecoördinator ingezet?" is verplicht.').waitFor();
      await checkA11y(page, 'formulier 1 met fouten');
      await radio(page, 'Arbeidsstatus', 'In loondienst').check();
      // enable-when: the reason appears only with "nee".
      await radio(page, 'Wordt de re-integratiecoördinator ingezet?', 'Nee').check();
      await page.getByRole('group', { name: /^Reden om de re-integratiecoördinator niet in te zetten/ }).waitFor();
      await radio(page, 'Wordt de re-integratiecoördinator ingezet?', 'Ja').check();
      assert.equal(await page.getByRole('group', { name: /^Reden om de re-integratiecoördinator niet in te zetten/ }).count(), 0);
      const duur = page.getByRole('group', { name: /^Verwachte revalidatieduur/ });
      await duur.getByLabel('Aantal').fill('12');
      await duur.getByLabel('Eenheid').selectOption('weeks');
      await page.getByRole('button', { name: 'Definitief maken' }).click();
      await page.getByText('Het formulier is definitief gemaakt.').waitFor();
      await page.getByTestId('answers-agr-1-intake-arts').getByText('12 weken').waitFor();
      await checkA11y(page, 'formulier 1 definitief');
      await backToTrajectory(page);
      assert.equal(await formStatus(page, 'agr-1-intake-arts'), 'Definitief');
      await decide(page, 'Beslismoment 1: re-integratiecoördinator inzetten vastleggen', 'Ja', { note: 'Werkt 32 uur, wil terug.' });
      await page.getByText('De beslissing is vastgelegd.').waitFor();
      await expectCurrentStep(page, 'Intake re-integratiecoördinator');
      await page.getByTestId('timeline').getByText('Werkt 32 uur, wil terug.').waitFor();
      await checkA11y(page, 'traject na D1');
      await logout(page);

      // --- RIC: Mijn taken, form 2, D2 refused before form 3 is signed -----------------------
      await acc.login(page, 'ric');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn taken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      const taskRows = page.getByTestId('task-table').getByRole('row').filter({ hasText: fullName });
      await taskRows.filter({ hasText: 'Intake re-integratiecoördinator (formulier 2)' }).waitFor();
      await taskRows.filter({ hasText: 'Toestemmingsformulier laten invullen en tekenen (formulier 3)' }).waitFor();
      await checkA11y(page, 'mijn taken');
      await taskRows.first().getByRole('link', { name: fullName }).click();
      await page.getByRole('heading', { level: 1, name: `AGR-traject van ${fullName}` }).waitFor();

      await openFromTrajectory(page, 'AGR formulier 2: Intake re-integratiecoördinator');
      await page.getByRole('button', { name: 'Formulier invullen' }).click();
      await page.getByTestId('response-form').waitFor();
      await radio(page, 'Dienstverband', 'In loondienst').check();
      await page.getByLabel(/^Functie/).fill('Magazijnmedewerker');
      await page.getByLabel(/^Aantal uren per week/).fill('32');
      await page.getByLabel(/^Wat is de vraag van de revalidant/).fill('Terug naar het eigen werk, eerst minder uren.');
      await page.getByLabel(/^Naam organisatie/).fill('Voorbeeldbedrijf BV');
      await page.getByLabel(/^Contactpersoon \(leidinggevende\)/).fill('J. Voorbeeld');
      await radio(page, 'Is er een bedrijfsarts of arbodienst betrokken?', 'Nee').check();
      await page.getByRole('button', { name: 'Regel toevoegen aan "Overige betrokkenen"' }).click();
      const contactRow = page.getByTestId('rij-overige_contacten-0');
      await contactRow.getByLabel(/^Betrokkene/).selectOption('jobcoach');
      await contactRow.getByLabel(/^Naam/).fill('A. Coach');
      await checkA11y(page, 'formulier 2 ingevuld');
      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      await page.getByText('Het concept is opgeslagen.').waitFor();
      await page.getByRole('button', { name: 'Definitief maken' }).click();
      await page.getByText('Het formulier is definitief gemaakt.').waitFor();
      await page.getByTestId('answers-agr-2-intake-ric').getByText('32 uur').waitFor();
      await page.getByTestId('answers-agr-2-intake-ric').getByText('Jobcoach').waitFor();
      await backToTrajectory(page);

      // D2 "ja" is offered but the server refuses it while form 3 is not signed (409, in Dutch).
      const d2 = await decide(page, 'Beslismoment 2: toestemming revalidant vastleggen', 'Ja');
      await d2.getByTestId('decision-error').getByText(/kan pas als het toestemmingsformulier \(formulier 3\) is ondertekend/).waitFor();
      await checkA11y(page, 'D2 geweigerd');
      await d2.getByRole('button', { name: 'Annuleren' }).click();
      await expectCurrentStep(page, 'Intake re-integratiecoördinator');

      // --- Form 3: consent per party, finalised and signed on paper ---------------------------
      await openFromTrajectory(page, 'AGR formulier 3: Toestemmingsformulier informatie-uitwisseling');
      await page.getByRole('button', { name: 'Formulier invullen' }).click();
      await page.getByTestId('response-form').waitFor();
      await radio(page, 'Mag de inzet van de re-integratiecoördinator worden vervolgd?', 'Ja').check();
      await page.getByRole('button', { name: 'Regel toevoegen aan "Toestemming per betrokkene"' }).click();
      const row0 = page.getByTestId('rij-betrokkenen-0');
      await row0.getByLabel(/^Betrokkene/).selectOption('werkgever');
      await radio(row0, 'Mag de re-integratiecoördinator contact opnemen?', 'Ja').check();
      await radio(row0, 'Werksituatie en functieprofiel', 'Ja').check();
      await radio(row0, 'Functionele mogelijkheden en beperkingen', 'Ja').check();
      await radio(row0, 'Voortgang van de werktraining', 'Ja').check();
      await radio(row0, 'Re-integratievisie', 'Nee').check();
      // Medical information is never asked for the werkgever.
      assert.equal(await row0.getByRole('group', { name: /^Specifieke medische gegevens/ }).count(), 0);
      await checkA11y(page, 'formulier 3 ingevuld');
      await page.getByRole('button', { name: 'Definitief maken' }).click();
      await page.getByText('Het formulier is definitief gemaakt.').waitFor();
      await page.getByText('Dit formulier wacht op ondertekening').waitFor();
      await page.getByLabel(/^Datum van ondertekening/).fill(amsterdamDate(0));
      await page.getByRole('button', { name: 'Ondertekening op papier vastleggen' }).click();
      await page.getByText('De ondertekening is vastgelegd.').waitFor();
      await page.getByTestId('signature').getByText(/Ondertekend \(op papier\)/).waitFor();
      await checkA11y(page, 'formulier 3 ondertekend');

      // Field history of form 3.
      await page.getByRole('link', { name: 'Geschiedenis van de wijzigingen' }).click();
      await page.getByRole('heading', { level: 1, name: /^Geschiedenis: AGR formulier 3/ }).waitFor();
      await page.getByTestId('history-table').getByText(ricName).first().waitFor();
      await checkA11y(page, 'geschiedenis formulier 3');
      await page.getByRole('link', { name: 'Terug naar het formulier' }).click();
      await page.getByTestId('signature').waitFor();
      await backToTrajectory(page);
      assert.equal(await formStatus(page, 'agr-3-toestemming'), 'Ondertekend');

      // --- Consent matrix: the signed cells are effective; withdraw one --------------------------
      await page.getByRole('link', { name: 'Toestemmingsmatrix bekijken en bewerken' }).click();
      await page.getByRole('heading', { level: 1, name: `Toestemming van ${fullName}` }).waitFor();
      const cell = (party, kind) => page.locator(`[data-testid="consent-matrix"] td[data-party="${party}"][data-kind="${kind}"]`);
      assert.equal(await cell('werkgever', 'voortgang_werktraining').getAttribute('data-status'), 'granted');
      assert.match(await cell('werkgever', 'voortgang_werktraining').textContent(), /geldig/);
      assert.equal(await cell('werkgever', 'reintegratievisie').getAttribute('data-status'), 'refused');
      assert.equal(await cell('werkgever', 'medische_informatie').count(), 0, 'no medical cell for the werkgever');
      await checkA11y(page, 'toestemmingsmatrix');
      await page.getByRole('button', { name: 'Toestemming intrekken voor Werkgever, Functionele mogelijkheden en beperkingen' }).click();
      await page.getByText('De toestemming is bijgewerkt.').waitFor();
      await page.waitForFunction(
        () => document.querySelector('td[data-party="werkgever"][data-kind="mogelijkheden_beperkingen"]')?.getAttribute('data-status') === 'withdrawn',
      );
      await page.getByTestId('consent-history').getByText('Werkgever, Functionele mogelijkheden en beperkingen: ingetrokken').waitFor();
      await checkA11y(page, 'toestemming ingetrokken');
      // A new "yes" recorded by staff is not effective until the revalidant signs again.
      await page.getByRole('button', { name: 'Ja voor UWV, Werksituatie en functieprofiel' }).click();
      await page.waitForFunction(
        () => document.querySelector('td[data-party="uwv"][data-kind="werksituatie_functieprofiel"]')?.getAttribute('data-status') === 'granted',
      );
      assert.match(await cell('uwv', 'werksituatie_functieprofiel').textContent(), /nog niet geldig \(niet ondertekend\)/);
      // Add a party from the suggestions.
      await page.getByLabel('Betrokkene', { exact: true }).selectOption('jobcoach');
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await page.locator('[data-testid="consent-matrix"] tr[data-party="jobcoach"]').waitFor();
      await checkA11y(page, 'toestemming bewerkt');
      await page.goto(trajectoryUrl);
      await page.getByTestId('route').waitFor();

      // --- D2 "ja" now works (contact with the werkgever only: there is no bedrijfsarts) ------------
      await decide(page, 'Beslismoment 2: toestemming revalidant vastleggen', 'Ja', { uncheck: ['Bedrijfsarts'] });
      await page.getByText('De beslissing is vastgelegd.').waitFor();
      await expectCurrentStep(page, 'Werkbezoek');

      // --- Form 5 in two tabs: a stale save is refused and shows the other person's change -------
      await openFromTrajectory(page, 'AGR formulier 5: Terugkoppeling werkbezoek');
      await page.getByRole('button', { name: 'Formulier invullen' }).click();
      await page.getByTestId('response-form').waitFor();
      const formUrl = page.url();
      const other = await context.newPage();
      await other.goto(formUrl);
      await other.getByTestId('response-form').waitFor();
      await other.getByLabel(/^Werkomgeving/).fill('Magazijn met hoge stellingen.');
      await other.getByRole('button', { name: 'Concept opslaan' }).click();
      await other.getByText('Het concept is opgeslagen.').waitFor();
      await other.close();
      await page.getByLabel(/^Werkomgeving/).fill('Kantoor op de begane grond.');
      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      const conflict = page.getByTestId('conflict');
      await conflict.getByText('Iemand anders heeft dit formulier intussen opgeslagen').waitFor();
      await conflict.getByTestId('conflict-table').getByText('Magazijn met hoge stellingen.').waitFor();
      await conflict.getByTestId('conflict-table').getByText('Kantoor op de begane grond.').waitFor();
      await checkA11y(page, 'formulier 5 conflict');
      await conflict.getByRole('button', { name: 'De opgeslagen versie laden' }).click();
      assert.equal(await page.getByLabel(/^Werkomgeving/).inputValue(), 'Magazijn met hoge stellingen.');
      await page.getByLabel(/^Datum werkbezoek/).fill(amsterdamDate(0));
      await page.getByRole('group', { name: /^Bezoek bij/ }).getByRole('radio').first().check();
      await page.getByRole('group', { name: /^Aanwezig bij het werkbezoek/ }).getByRole('checkbox').first().check();
      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      await page.getByText('Het concept is opgeslagen.').waitFor();
      await backToTrajectory(page);
      assert.equal(await formStatus(page, 'agr-5-terugkoppeling-werkbezoek'), 'Concept');

      // --- Werkbezoek afgerond, then D3 "ja" into werktraining -------------------------------------
      await decide(page, 'Werkbezoek afgerond vastleggen', 'Gereed');
      await page.getByText('De beslissing is vastgelegd.').waitFor();
      await expectCurrentStep(page, 'Terugkoppeling in het team');
      await decide(page, 'Beslismoment 3: starten met werktraining vastleggen', 'Ja', { note: 'Alle vijf criteria voldaan.', checklist: true });
      await page.getByText('De beslissing is vastgelegd.').waitFor();
      await expectCurrentStep(page, 'Werktraining');
      const timeline = page.getByTestId('timeline');
      assert.equal(await timeline.locator(':scope > li').count(), 4, 'D1, D2, werkbezoek, D3 in the timeline');
      await checkA11y(page, 'traject in werktraining');

      // --- Patiëntenbespreking: the D4 question is due for this trajectory ------------------------
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Patiëntenbespreking' }).click();
      await page.getByRole('heading', { level: 1, name: 'Patiëntenbespreking' }).waitFor();
      const meetingRow = page.getByTestId('meeting-table').getByRole('row').filter({ hasText: fullName });
      await meetingRow.waitFor();
      assert.match(await meetingRow.textContent(), /Beslismoment 4/);
      await checkA11y(page, 'patiëntenbespreking');

      // --- Setting change with a handover ------------------------------------------------------------
      await meetingRow.getByRole('link', { name: fullName }).click();
      await page.getByTestId('route').waitFor();
      await radio(page, 'Nieuwe setting', 'Poliklinisch').check();
      await page.getByLabel('Overdracht', { exact: true }).fill('Vervolg poliklinisch, twee dagen per week.');
      await page.getByRole('button', { name: 'Setting wijzigen en overdracht vastleggen' }).click();
      await page.getByText('De nieuwe setting en de overdracht zijn vastgelegd.').waitFor();
      await page.getByText('Overdracht: Vervolg poliklinisch, twee dagen per week.').waitFor();
      await checkA11y(page, 'setting gewijzigd');

      // --- Mijn taken: complete one task of this revalidant -------------------------------------------
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn taken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      const mine = page.getByTestId('task-table').getByRole('row').filter({ hasText: fullName });
      await mine.first().waitFor();
      const before = await mine.count();
      assert.ok(before > 0, 'open tasks for the revalidant after D3');
      const completeButton = mine.first().getByRole('button', { name: /^Taak afronden: / });
      await completeButton.click();
      await page.getByText('De taak is afgerond.').waitFor();
      await page.waitForFunction(
        ([name, n]) => [...document.querySelectorAll('[data-testid="task-table"] tr')].filter((r) => r.textContent.includes(name)).length === n,
        [fullName, before - 1],
      );
      await checkA11y(page, 'taak afgerond');
      assert.deepEqual(consoleErrors, []);
    } catch (e) {
      await capture('agr-route');
      throw e;
    } finally {
      await close();
    }
  });

  test('the revalidant portal: where am I, what comes next, and the consent form', async () => {
    const { page, close, consoleErrors, capture } = await launchBrowser({ viewport: TABLET });
    try {
      await submitCredentials(page, server.baseUrl, 'revalidant', DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Mijn traject' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.equal(await nav.getByRole('link', { name: 'Mijn caseload' }).count(), 0);
      // The demo revalidant (Henk de Vries) is in werktraining and signed form 3 in the portal.
      await page.getByRole('heading', { level: 2, name: 'Waar sta ik?' }).waitFor();
      assert.match(await page.getByTestId('portal-now').textContent(), /U bent nu bij: Werktraining\./);
      assert.match(await page.getByTestId('portal-next').textContent(), /Hierna: Afronding\./);
      await checkA11y(page, 'portaal mijn traject');
      await nav.getByRole('link', { name: 'Mijn toestemming' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn toestemming' }).waitFor();
      await page.getByTestId('consent-matrix').waitFor();
      await page.getByTestId('portal-signed').getByText(/U heeft dit formulier ondertekend op/).waitFor();
      await checkA11y(page, 'portaal mijn toestemming');
      assert.deepEqual(consoleErrors, []);
    } catch (e) {
      await capture('agr-portal');
      throw e;
    } finally {
      await close();
    }
  });
});
