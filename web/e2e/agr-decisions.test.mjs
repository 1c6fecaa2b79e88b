// More of the AGR route in the browser, against the real werkpad binary and its demo data
// (docs/agr-route.md §1, gebruikershandleiding chapter 7), using only the UI:
//  1. D1 "nee" with a class-1 reason and a note stops the trajectory (route "Hier gestopt"), and
//     after "wil niet aan werk denken" it can be reopened when the revalidant wants to work;
//     a stop after D2 offers no reopening, nor does a D1 stop while another trajectory is active;
//  2. D3 "nog niet" parks the trajectory in the terugkoppeling and its D3 question is due in
//     the patiëntenbespreking (and counts as answered in a meeting that began before it);
//  3. ending a trajectory: afronding → afgerond with an AGR end reason, and "voortijdig
//     beëindigen" → gestopt;
//  4. a new trajectory for the same revalidant: the revalidant signs form 3 in the portal
//     ("Mijn toestemming"), staff see it signed and D2 "ja" is accepted;
//  5. reopening a finalised form (and a signed one) and the field history: who changed what;
//  6. a stale decision: the arts and the RIC have the same trajectory open; the second decision
//     gets the Dutch 409 message naming the current step (or "intussen gewijzigd" when the
//     decision would still fit), and nothing is lost or recorded twice.
// One server, one Chromium, one logged-in session per user for the whole file. axe-core runs on
// every page visited and must report zero violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  amsterdamDate,
  captureOnFailure,
  checkA11y,
  DEMO_PASSWORD,
  launchSessions,
  notConfigured,
  startServer,
  submitCredentials,
} from './harness.mjs';
import {
  assertNoConsoleErrors,
  decide,
  expectCurrentStep,
  fillAndSubmitDecision,
  formStatus,
  gotoTrajectory,
  openDecision,
  openFile,
  openForm,
  openTrajectoryOf,
  optionLabels,
  radio,
  routeStatuses,
  summaryKeys,
  summaryValue,
  TABLET,
  timelineEntries,
  waitForTimelineLength,
} from './agr-steps.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

// Demo users (src/cli/demo_command.cpp): both in Team Noord; the arts is also in Team Zuid.
const ARTS = 'Pieter van Dijk';
const RIC = 'Marloes Bakker';

const D1 = 'Beslismoment 1: re-integratiecoördinator inzetten';
const D2 = 'Beslismoment 2: toestemming revalidant';
const D3 = 'Beslismoment 3: starten met werktraining';
const D4 = 'Beslismoment 4: werktraining voortzetten';

/**
 * Today as the UI shows a date ("7 december 2026"), as a pattern: the server dates a portal
 * signature by its UTC day, which differs from the Amsterdam day just after midnight.
 */
function todayPattern() {
  const f = (tz) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: tz }).format(new Date());
  return `(?:${f('Europe/Amsterdam')}|${f('UTC')})`;
}

describe('werkpad AGR decisions, stops, consent in the portal and stale decisions', { skip: skip ?? false }, () => {
  let server;
  let acc;
  let browser;
  let arts;
  let ric;
  const sessions = [];
  const t0 = Date.now();

  before(async () => {
    server = await startServer();
    acc = accounts(server.baseUrl);
    browser = await launchSessions();
    arts = await browser.newSession();
    ric = await browser.newSession({ viewport: TABLET });
    sessions.push(arts, ric);
    await acc.login(arts.page, 'arts');
    await arts.page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
    await acc.login(ric.page, 'ric');
    await ric.page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`# agr-decisions: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });

  /** Runs `fn`, and on failure saves a screenshot of every session. */
  const step = (name, fn) => captureOnFailure(sessions, name, fn);

  test('D1 "nee" with a class-1 reason stops the trajectory; after "wil niet" it is reopened later', () =>
    step('d1-nee', async () => {
      const page = arts.page;
      // Fatima El Idrissi (demo) is at the intake by the revalidatiearts.
      const url = await openTrajectoryOf(page, server.baseUrl, 'Fatima El Idrissi');
      await expectCurrentStep(page, 'Intake revalidatiearts');
      const dialog = await openDecision(page, D1, 'Nee', { a11yLabel: 'D1-venster' });
      // Only the reasons of footnote 1 are offered for D1 "nee".
      const reasons = await optionLabels(dialog.locator('select#beslissing-reden'));
      assert.ok(reasons.length >= 5, `class-1 reasons offered: ${reasons}`);
      for (const r of reasons) assert.match(r, /Niet relevant \(voetnoot 1\)$/);
      assert.ok(reasons.includes('Wil (nog) niet aan werk denken – Niet relevant (voetnoot 1)'));
      // Submitting without a reason is stopped in the dialog.
      await dialog.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      await dialog.getByTestId('decision-error').getByText('Kies een reden.').waitFor();
      await checkA11y(page, 'D1 nee zonder reden');
      await fillAndSubmitDecision(dialog, {
        reason: 'wil_niet_aan_werk_denken',
        note: 'Wil zich eerst op het herstel thuis richten. Folder meegegeven.',
      });
      await page.getByText('De beslissing is vastgelegd.').waitFor();
      await page.getByTestId('current-step').getByText('Huidige stap: Gestopt.').waitFor();
      assert.deepEqual(await routeStatuses(page), [
        ['Intake revalidatiearts', 'stopped_here'],
        ['Intake re-integratiecoördinator', 'not_reached'],
        ['Werkbezoek', 'not_reached'],
        ['Terugkoppeling in het team', 'not_reached'],
        ['Werktraining', 'not_reached'],
        ['Afronding', 'not_reached'],
      ]);
      const [d1] = await timelineEntries(page);
      assert.match(d1, /Uitkomst: Nee\. Door Pieter van Dijk op/);
      assert.match(d1, /Van "Intake revalidatiearts" naar "Gestopt"/);
      assert.match(d1, /Reden\s*Wil \(nog\) niet aan werk denken/);
      assert.match(d1, /Wil zich eerst op het herstel thuis richten\./);
      // The folder task of the step plan, and the trajectory is closed.
      await page.getByTestId('task-table').getByText("Folder 'Arbeidsgerichte revalidatie' meegeven").waitFor();
      assert.notEqual(await summaryValue(page, 'Afgesloten op'), '');
      // Reopening is offered (D1 "nee" is the one stop that can be undone).
      await page.getByRole('button', { name: 'AGR heropenen vastleggen' }).waitFor();
      await checkA11y(page, 'traject gestopt na D1');
      // The file lists it as a closed trajectory.
      await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
      await page.getByTestId('agr-section').getByText(/^Afgesloten traject \(Gestopt\), afgesloten op/).waitFor();
      await checkA11y(page, 'dossier met gestopt traject');

      // --- Weeks later the revalidant wants to work after all: the RIC reopens it -------------
      const rp = ric.page;
      await gotoTrajectory(rp, url);
      await rp.getByTestId('current-step').getByText('Huidige stap: Gestopt.').waitFor();
      const reopen = await openDecision(rp, 'AGR heropenen', 'Heropend', { a11yLabel: 'heropenen-venster' });
      assert.match(await reopen.getByRole('radio').first().evaluate((r) => r.labels[0].textContent), /naar: Intake re-integratiecoördinator/);
      await fillAndSubmitDecision(reopen, { note: 'Revalidant wil nu toch terug naar het werk.' });
      await rp.getByText('De beslissing is vastgelegd.').waitFor();
      await expectCurrentStep(rp, 'Intake re-integratiecoördinator');
      const entries = await timelineEntries(rp);
      assert.equal(entries.length, 2);
      assert.match(entries[1], /AGR heropenen\s*Uitkomst: Heropend\. Door Marloes Bakker/);
      assert.match(entries[1], /Van "Gestopt" naar "Intake re-integratiecoördinator"/);
      const tasks = rp.getByTestId('task-table');
      await tasks.getByText('Intake re-integratiecoördinator (formulier 2)').waitFor();
      await tasks.getByText('Toestemmingsformulier laten invullen en tekenen (formulier 3)').waitFor();
      assert.equal(await rp.getByRole('button', { name: 'AGR heropenen vastleggen' }).count(), 0);
      assert.ok(!(await summaryKeys(rp)).includes('Afgesloten op'), 'no longer closed');
      await checkA11y(rp, 'traject heropend');

      // A stop after D2 (Marieke de Boer, Team Zuid: no consent) is final: nothing to reopen.
      await openTrajectoryOf(page, server.baseUrl, 'Marieke de Boer', { closed: true });
      await page.getByTestId('current-step').getByText('Huidige stap: Gestopt.').waitFor();
      await page.getByText('Er is nu geen beslissing voor u mogelijk.').waitFor();
      assert.equal((await routeStatuses(page))[1][1], 'stopped_here');
      await checkA11y(page, 'traject gestopt na D2');
      assertNoConsoleErrors(sessions);
    }));

  test('a D1 stop cannot be reopened while the revalidant has another active trajectory', () =>
    step('heropenen-bezet', async () => {
      const page = ric.page;
      // Lisa Hendriks (demo): D1 "nee" (student). The RIC starts a new trajectory for her ...
      await openFile(page, server.baseUrl, 'Lisa Hendriks');
      const agr = page.getByTestId('agr-section');
      await agr.getByText(/^Afgesloten traject \(Gestopt\)/).waitFor();
      await agr.getByLabel(/^Opnamedatum/).fill(amsterdamDate(-1));
      await agr.getByRole('button', { name: 'Traject starten' }).click();
      await page.getByText('Het AGR-traject is gestart.').waitFor();
      // ... then the old one cannot be reopened too: one active trajectory at a time.
      await openTrajectoryOf(page, server.baseUrl, 'Lisa Hendriks', { closed: true });
      await page.getByTestId('current-step').getByText('Huidige stap: Gestopt.').waitFor();
      const before = await timelineEntries(page);
      const dialog = await openDecision(page, 'AGR heropenen', 'Heropend');
      await fillAndSubmitDecision(dialog, { note: 'Wil toch werken.' });
      await dialog.getByTestId('decision-error').getByText('Deze revalidant heeft al een actief AGR-traject.').waitFor();
      await checkA11y(page, 'heropenen geweigerd: al een actief traject');
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await page.getByTestId('current-step').getByText('Huidige stap: Gestopt.').waitFor();
      assert.deepEqual(await timelineEntries(page), before, 'nothing recorded');
      assertNoConsoleErrors(sessions);
    }));

  test('D3 "nog niet" parks the trajectory and the question comes back in the patiëntenbespreking', () =>
    step('d3-nog-niet', async () => {
      const page = arts.page;
      // Jan Willem Bakker (demo, zzp) is at the terugkoppeling; the D3 question is open.
      await openTrajectoryOf(page, server.baseUrl, 'Jan Willem Bakker');
      await expectCurrentStep(page, 'Terugkoppeling in het team');
      await page.getByTestId('question-due').getByText(`In de patiëntenbespreking komt terug: ${D3}.`).waitFor();
      const decided = (await timelineEntries(page)).length;
      const dialog = await openDecision(page, D3, null);
      for (const c of ['orientatie', 'taalbegrip', 'leerbaarheid']) await dialog.locator(`select#d3-${c}`).selectOption('voldaan');
      await dialog.locator('select#d3-belastbaarheid').selectOption('niet_voldaan');
      await dialog.getByTestId('d3-suggestion').getByText('een criterium is niet voldaan; beoordeel de prognose').waitFor();
      await dialog.locator('select#d3-prognose').selectOption('ja');
      await dialog
        .getByTestId('d3-suggestion')
        .getByText('Voorstel: Nog niet (Belastbaarheid nog onvoldoende (minder dan 2 dagdelen)).')
        .waitFor();
      await dialog.getByRole('radio', { name: /^Nog niet \(naar: Terugkoppeling in het team\)/ }).check();
      const reasons = await optionLabels(dialog.locator('select#beslissing-reden'));
      for (const r of reasons) assert.match(r, /\(Nog\) niet belastbaar \(voetnoot 3\)$/);
      await checkA11y(page, 'D3 nog niet');
      await fillAndSubmitDecision(dialog, {
        reason: 'belastbaarheid_onvoldoende',
        note: 'Zit nog geen twee dagdelen rechtop. Over twee weken opnieuw.',
      });
      await page.getByText('De beslissing is vastgelegd.').waitFor();
      await waitForTimelineLength(page, decided + 1);
      // Parked: still in the terugkoppeling, and the question stays due.
      await expectCurrentStep(page, 'Terugkoppeling in het team');
      await page.getByTestId('question-due').getByText(`In de patiëntenbespreking komt terug: ${D3}.`).waitFor();
      const entries = await timelineEntries(page);
      assert.match(entries.at(-1), /Uitkomst: Nog niet\./);
      assert.match(entries.at(-1), /Van "Terugkoppeling in het team" naar "Terugkoppeling in het team"/);
      assert.match(entries.at(-1), /Belastbaarheid nog onvoldoende/);
      await page.getByRole('button', { name: `${D3} vastleggen` }).waitFor();
      await checkA11y(page, 'traject geparkeerd na D3');

      // --- Patiëntenbespreking ----------------------------------------------------------------
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Patiëntenbespreking' }).click();
      await page.getByRole('heading', { level: 1, name: 'Patiëntenbespreking' }).waitFor();
      const row = page.getByTestId('meeting-table').getByRole('row').filter({ hasText: 'Jan Willem Bakker' });
      await row.waitFor();
      const text = (await row.textContent()).replace(/\s+/g, ' ');
      assert.match(text, new RegExp(`${D3}`));
      assert.match(text, /Eerder "nog niet": komt terug/);
      assert.match(text, /Terugkoppeling in het team/);
      assert.match(text, new RegExp(`${D3}: Nog niet \\(`));
      assert.match(text, new RegExp(RIC));
      await checkA11y(page, 'patiëntenbespreking met geparkeerd traject');
      // In a meeting that began before the decision, the question counts as answered.
      const begin = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Amsterdam',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .format(new Date(Date.now() - 10 * 60_000))
        .replace(' ', 'T');
      await page.getByLabel('Begin van de bespreking').fill(begin);
      await page.getByRole('button', { name: 'Tonen' }).click();
      await page.waitForFunction(
        () => ![...document.querySelectorAll('[data-testid="meeting-table"] tr')].some((r) => r.textContent.includes('Jan Willem Bakker')),
      );
      await checkA11y(page, 'patiëntenbespreking vanaf begin');
      assertNoConsoleErrors(sessions);
    }));

  test('ending a trajectory: afronding → afgerond with an end reason, and voortijdig beëindigen → gestopt', () =>
    step('afsluiten', async () => {
      const page = ric.page;
      // Henk de Vries (demo) is in werktraining.
      await openTrajectoryOf(page, server.baseUrl, 'Henk de Vries');
      await expectCurrentStep(page, 'Werktraining');
      await decide(page, 'Afronding starten', 'Gereed', { note: 'Ontslag over drie weken.' });
      await expectCurrentStep(page, 'Afronding');
      const tasks = page.getByTestId('task-table');
      await tasks.getByText('Re-integratievisie opstellen (formulier 7)').waitFor();
      await tasks.getByText('Overdracht aan de werkgever').waitFor();
      const dialog = await openDecision(page, 'AGR afsluiten', 'Gereed', { a11yLabel: 'afsluiten-venster' });
      // An end reason is required.
      await dialog.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      await dialog.getByTestId('decision-error').getByText('Kies een reden van beëindiging.').waitFor();
      assert.deepEqual(await optionLabels(dialog.locator('select#beslissing-eindreden')), [
        'Ontslag uit de revalidatie',
        'Terugkeer naar werk',
        'Werkgever neemt de begeleiding over',
        'Onvoldoende mogelijkheden',
      ]);
      await fillAndSubmitDecision(dialog, { endReason: 'terugkeer_werk', note: 'Start 2 × 4 uur bij de eigen werkgever.' });
      await page.getByText('De beslissing is vastgelegd.').waitFor();
      await page.getByTestId('current-step').getByText('Huidige stap: Afgerond.').waitFor();
      assert.deepEqual(
        (await routeStatuses(page)).map(([, s]) => s),
        ['done', 'done', 'done', 'done', 'done', 'done'],
      );
      const last = (await timelineEntries(page)).at(-1);
      assert.match(last, /AGR afsluiten\s*Uitkomst: Gereed\. Door Marloes Bakker/);
      assert.match(last, /Van "Afronding" naar "Afgerond"/);
      assert.match(last, /Reden van beëindiging\s*Terugkeer naar werk/);
      await page.getByText('Er is nu geen beslissing voor u mogelijk.').waitFor();
      assert.notEqual(await summaryValue(page, 'Afgesloten op'), '');
      // A closed trajectory has no setting change either.
      assert.equal(await page.getByRole('button', { name: 'Setting wijzigen en overdracht vastleggen' }).count(), 0);
      await checkA11y(page, 'traject afgerond');

      // --- Voortijdig beëindigen from the werkbezoek (Mohamed Amrani) ----------------------------
      await openTrajectoryOf(page, server.baseUrl, 'Mohamed Amrani');
      await expectCurrentStep(page, 'Werkbezoek');
      const stop = await openDecision(page, 'AGR voortijdig beëindigen', 'Beëindigd', { a11yLabel: 'beëindigen-venster' });
      await fillAndSubmitDecision(stop, { endReason: 'onvoldoende_mogelijkheden', note: 'Werkgever heeft geen passend werk.' });
      await page.getByText('De beslissing is vastgelegd.').waitFor();
      await page.getByTestId('current-step').getByText('Huidige stap: Gestopt.').waitFor();
      assert.deepEqual(
        (await routeStatuses(page)).map(([, s]) => s),
        ['done', 'done', 'stopped_here', 'not_reached', 'not_reached', 'not_reached'],
      );
      const stopped = (await timelineEntries(page)).at(-1);
      assert.match(stopped, /AGR voortijdig beëindigen\s*Uitkomst: Beëindigd\./);
      assert.match(stopped, /Reden van beëindiging\s*Onvoldoende mogelijkheden/);
      // Only a D1 stop can be reopened.
      await page.getByText('Er is nu geen beslissing voor u mogelijk.').waitFor();
      await checkA11y(page, 'traject beëindigd');
      assertNoConsoleErrors(sessions);
    }));

  let henkUrl = null;

  test('a new trajectory: the revalidant signs form 3 in the portal, staff see it signed and D2 is accepted', () =>
    step('portaal', async () => {
      const rp = ric.page;
      // Henk's first trajectory was closed above; the RIC starts a new one from the file.
      await openFile(rp, server.baseUrl, 'Henk de Vries');
      const agr = rp.getByTestId('agr-section');
      await agr.getByText(/^Afgesloten traject \(Afgerond\)/).waitFor();
      await agr.getByLabel(/^Opnamedatum/).fill(amsterdamDate(-1));
      await radio(agr, 'Setting', 'Poliklinisch').check();
      await checkA11y(rp, 'dossier: nieuw traject starten');
      await agr.getByRole('button', { name: 'Traject starten' }).click();
      await rp.getByText('Het AGR-traject is gestart.').waitFor();
      await expectCurrentStep(rp, 'Intake revalidatiearts');
      henkUrl = rp.url();

      // The arts: form 1 (kept for the reopen test) and D1 "ja".
      const ap = arts.page;
      await gotoTrajectory(ap, henkUrl);
      await openForm(ap, 'AGR formulier 1: Intake arts');
      await ap.getByRole('button', { name: 'Formulier invullen' }).click();
      await ap.getByTestId('response-form').waitFor();
      await radio(ap, 'Arbeidsstatus', 'In loondienst').check();
      await radio(ap, 'Wordt de re-integratiecoördinator ingezet?', 'Ja').check();
      const duur = ap.getByRole('group', { name: /^Verwachte revalidatieduur/ });
      await duur.getByLabel('Aantal').fill('12');
      await duur.getByLabel('Eenheid').selectOption('weeks');
      await ap.getByRole('button', { name: 'Definitief maken' }).click();
      await ap.getByText('Het formulier is definitief gemaakt.').waitFor();
      await checkA11y(ap, 'formulier 1 definitief (nieuw traject)');
      await ap.getByRole('link', { name: 'Terug naar het traject' }).click();
      await ap.getByTestId('route').waitFor();
      await decide(ap, D1, 'Ja');
      await expectCurrentStep(ap, 'Intake re-integratiecoördinator');

      // The RIC fills form 3 with the revalidant and makes it final.
      await gotoTrajectory(rp, henkUrl);
      await expectCurrentStep(rp, 'Intake re-integratiecoördinator');
      await openForm(rp, 'AGR formulier 3: Toestemmingsformulier informatie-uitwisseling');
      await rp.getByRole('button', { name: 'Formulier invullen' }).click();
      await rp.getByTestId('response-form').waitFor();
      await radio(rp, 'Mag de inzet van de re-integratiecoördinator worden vervolgd?', 'Ja').check();
      await rp.getByRole('button', { name: 'Regel toevoegen aan "Toestemming per betrokkene"' }).click();
      const row0 = rp.getByTestId('rij-betrokkenen-0');
      await row0.getByLabel(/^Betrokkene/).selectOption('werkgever');
      await radio(row0, 'Mag de re-integratiecoördinator contact opnemen?', 'Ja').check();
      await radio(row0, 'Werksituatie en functieprofiel', 'Ja').check();
      await radio(row0, 'Functionele mogelijkheden en beperkingen', 'Ja').check();
      await radio(row0, 'Voortgang van de werktraining', 'Ja').check();
      await radio(row0, 'Re-integratievisie', 'Nee').check();
      await rp.getByRole('button', { name: 'Definitief maken' }).click();
      await rp.getByText('Het formulier is definitief gemaakt.').waitFor();
      await rp.getByText('Dit formulier wacht op ondertekening').waitFor();
      await checkA11y(rp, 'formulier 3 wacht op ondertekening');
      await rp.getByRole('link', { name: 'Terug naar het traject' }).click();
      await rp.getByTestId('route').waitFor();
      assert.equal(await formStatus(rp, 'agr-3-toestemming'), 'Definitief');
      assert.equal(await summaryValue(rp, 'Toestemmingsformulier ondertekend'), 'Nee');

      // --- The revalidant in the portal ----------------------------------------------------------
      const me = await browser.newSession({ viewport: TABLET });
      sessions.push(me);
      const pp = me.page;
      await submitCredentials(pp, server.baseUrl, 'revalidant', DEMO_PASSWORD);
      await pp.getByRole('heading', { level: 1, name: 'Mijn traject' }).waitFor();
      assert.match(await pp.getByTestId('portal-now').textContent(), /U bent nu bij: Intake re-integratiecoördinator\./);
      assert.match(await pp.getByTestId('portal-next').textContent(), /Hierna: Werkbezoek\./);
      await pp.getByText('Er ligt een toestemmingsformulier voor u klaar om te lezen en te ondertekenen.').waitFor();
      await checkA11y(pp, 'portaal: formulier klaar om te tekenen');
      await pp.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn toestemming' }).click();
      await pp.getByRole('heading', { level: 1, name: 'Mijn toestemming' }).waitFor();
      await pp.getByText('Lees het formulier goed.').waitFor();
      // The form as filled in: the werkgever row with its answers.
      await pp.getByText('Werkgever').first().waitFor();
      await checkA11y(pp, 'portaal: toestemming lezen');
      // Signing needs the "I have read it" box.
      await pp.getByRole('button', { name: 'Ondertekenen' }).click();
      await pp.getByTestId('portal-error').getByText('Vink eerst aan dat u het formulier heeft gelezen.').waitFor();
      await checkA11y(pp, 'portaal: eerst aanvinken');
      await pp.getByRole('checkbox', { name: 'Ik heb het formulier gelezen en geef toestemming zoals hierboven staat.' }).check();
      await pp.getByRole('button', { name: 'Ondertekenen' }).click();
      await pp.getByText('Bedankt. U heeft het toestemmingsformulier ondertekend.').waitFor();
      await pp.getByTestId('portal-signed').getByText(new RegExp(`^U heeft dit formulier ondertekend op ${todayPattern()}\\.$`)).waitFor();
      const cell = pp.locator('[data-testid="consent-matrix"] td[data-party="werkgever"][data-kind="voortgang_werktraining"]');
      assert.equal(await cell.getAttribute('data-status'), 'granted');
      assert.match(await cell.textContent(), /geldig/);
      assert.doesNotMatch(await cell.textContent(), /nog niet geldig/);
      await checkA11y(pp, 'portaal: ondertekend');
      await pp.getByRole('link', { name: 'Terug naar mijn traject' }).click();
      await pp.getByText(new RegExp(`^U heeft het toestemmingsformulier ondertekend op ${todayPattern()}\\.$`)).waitFor();
      await me.close();
      sessions.pop();

      // --- Staff see the portal signature; D2 "ja" is accepted --------------------------------------
      await rp.reload();
      await rp.getByTestId('route').waitFor();
      assert.equal(await formStatus(rp, 'agr-3-toestemming'), 'Ondertekend');
      assert.equal(await summaryValue(rp, 'Toestemmingsformulier ondertekend'), 'Ja');
      await openForm(rp, 'AGR formulier 3: Toestemmingsformulier informatie-uitwisseling');
      await rp
        .getByTestId('signature')
        .getByText(new RegExp(`^Ondertekend \\(in het portaal\\) op ${todayPattern()}, vastgelegd door Henk de Vries\\.$`))
        .waitFor();
      // No paper signature is asked for any more.
      assert.equal(await rp.getByRole('button', { name: 'Ondertekening op papier vastleggen' }).count(), 0);
      await checkA11y(rp, 'formulier 3 ondertekend in het portaal');
      await rp.getByRole('link', { name: 'Terug naar het traject' }).click();
      await rp.getByTestId('route').waitFor();
      const d2 = await openDecision(rp, D2, 'Ja');
      assert.equal(await d2.getByText('Let op: voor deze uitkomst moet het toestemmingsformulier').count(), 0, 'no consent warning');
      await fillAndSubmitDecision(d2, { uncheck: ['Bedrijfsarts'] });
      await rp.getByText('De beslissing is vastgelegd.').waitFor();
      await expectCurrentStep(rp, 'Werkbezoek');
      assert.equal(await summaryValue(rp, 'Contact toegestaan (beslismoment 2)'), 'werkgever: ja, bedrijfsarts: nee');
      await checkA11y(rp, 'traject na D2');
      assertNoConsoleErrors(sessions);
    }));

  test('reopening a finalised (and a signed) form; the field history shows who changed what', () =>
    step('heropenen', async () => {
      assert.ok(henkUrl, 'the portal test created the trajectory');
      const rp = ric.page;
      await gotoTrajectory(rp, henkUrl);
      assert.equal(await summaryValue(rp, 'Verwachte revalidatieduur'), '12 weken');
      // The RIC reopens form 1 (final, made by the arts) and changes the expected duration.
      await openForm(rp, 'AGR formulier 1: Intake arts');
      await rp.getByText('Dit formulier is definitief en kan niet meer worden gewijzigd.').waitFor();
      await rp.getByRole('button', { name: 'Heropenen' }).click();
      // A reason is required.
      await rp.getByTestId('form-error').getByText(/reden/i).waitFor();
      await checkA11y(rp, 'heropenen zonder reden');
      await rp.getByLabel(/^Reden voor heropenen/).fill('Revalidatieduur bijgesteld na teamoverleg.');
      await rp.getByRole('button', { name: 'Heropenen' }).click();
      await rp.getByText('Het formulier is heropend als concept.').waitFor();
      await rp.getByTestId('form-status').getByText(/^Status: Concept\./).waitFor();
      const duur = rp.getByRole('group', { name: /^Verwachte revalidatieduur/ });
      assert.equal(await duur.getByLabel('Aantal').inputValue(), '12', 'the answers are kept');
      await duur.getByLabel('Aantal').fill('16');
      await checkA11y(rp, 'formulier 1 heropend');
      await rp.getByRole('button', { name: 'Definitief maken' }).click();
      await rp.getByText('Het formulier is definitief gemaakt.').waitFor();
      await rp.getByTestId('answers-agr-1-intake-arts').getByText('16 weken').waitFor();

      await rp.getByRole('link', { name: 'Geschiedenis van de wijzigingen' }).click();
      await rp.getByRole('heading', { level: 1, name: 'Geschiedenis: AGR formulier 1: Intake arts' }).waitFor();
      const rows = (await rp.getByTestId('history-table').locator('tbody tr').allTextContents()).map((s) => s.replace(/\s+/g, ' '));
      const durationRows = rows.filter((r) => r.includes('Verwachte revalidatieduur'));
      assert.equal(durationRows.length, 2, `two changes of the duration: ${durationRows.join(' | ')}`);
      assert.match(durationRows[0], new RegExp(`${ARTS}.*Verwachte revalidatieduur.*12 weken`));
      assert.match(durationRows[1], new RegExp(`${RIC}.*Verwachte revalidatieduur\\s*12 weken\\s*16 weken`));
      assert.ok(rows.some((r) => r.includes(ARTS) && r.includes('Arbeidsstatus')), 'the arts answered the employment status');
      const events = (await rp.locator('#gebeurtenissen-titel + ul li').allTextContents()).map((s) => s.replace(/\s+/g, ' '));
      assert.match(events[0], new RegExp(`^Aangemaakt: ${ARTS}`));
      assert.ok(events.some((e) => e.startsWith(`Definitief gemaakt: ${ARTS}`)));
      assert.ok(events.some((e) => e.startsWith(`Heropend: ${RIC}`) && e.includes('Reden: Revalidatieduur bijgesteld na teamoverleg.')));
      assert.match(events.at(-1), new RegExp(`^Definitief gemaakt: ${RIC}`));
      await checkA11y(rp, 'geschiedenis formulier 1');

      // The trajectory follows the new duration of form 1.
      await gotoTrajectory(rp, henkUrl);
      assert.equal(await summaryValue(rp, 'Verwachte revalidatieduur'), '16 weken');

      // Reopening the signed form 3: the signature lapses but stays in the history.
      await openForm(rp, 'AGR formulier 3: Toestemmingsformulier informatie-uitwisseling');
      await rp.getByTestId('signature').waitFor();
      await rp.getByLabel(/^Reden voor heropenen/).fill('Jobcoach toevoegen.');
      await rp.getByRole('button', { name: 'Heropenen' }).click();
      await rp.getByText('Het formulier is heropend als concept.').waitFor();
      await rp.getByTestId('response-form').waitFor();
      assert.equal(await rp.getByTestId('signature').count(), 0);
      await checkA11y(rp, 'formulier 3 heropend');
      await rp.getByRole('link', { name: 'Geschiedenis van de wijzigingen' }).click();
      await rp.getByRole('heading', { level: 1, name: /^Geschiedenis: AGR formulier 3/ }).waitFor();
      const events3 = (await rp.locator('#gebeurtenissen-titel + ul li').allTextContents()).map((s) => s.replace(/\s+/g, ' '));
      assert.ok(events3.some((e) => e.startsWith('Ondertekend: Henk de Vries')), `signature kept: ${events3.join(' | ')}`);
      assert.match(events3.at(-1), new RegExp(`^Heropend: ${RIC}.*Reden: Jobcoach toevoegen\\.`));
      await checkA11y(rp, 'geschiedenis formulier 3');
      await gotoTrajectory(rp, henkUrl);
      assert.equal(await formStatus(rp, 'agr-3-toestemming'), 'Concept');
      assert.equal(await summaryValue(rp, 'Toestemmingsformulier ondertekend'), 'Nee');
      assertNoConsoleErrors(sessions);
    }));

  test('a stale decision: the second of two staff members gets the Dutch 409 naming the current step, nothing twice', () =>
    step('verouderd', async () => {
      const ap = arts.page;
      const rp = ric.page;
      // Anneke Visser-Bos (demo) is parked at D3; both have her trajectory open.
      const url = await openTrajectoryOf(ap, server.baseUrl, 'Anneke Visser-Bos');
      await gotoTrajectory(rp, url);
      await expectCurrentStep(ap, 'Terugkoppeling in het team');
      await expectCurrentStep(rp, 'Terugkoppeling in het team');
      const before = await timelineEntries(rp);

      // The RIC starts on "nog niet" again; meanwhile the arts records D3 "ja".
      const stale = await openDecision(rp, D3, 'Nog niet');
      await decide(ap, D3, 'Ja', { note: 'Nu twee dagdelen belastbaar.' });
      await expectCurrentStep(ap, 'Werktraining');
      await fillAndSubmitDecision(stale, { reason: 'belastbaarheid_onvoldoende', note: 'RIC: nog even wachten.' });
      const error = stale.getByTestId('decision-error');
      await error.waitFor();
      const message = (await error.textContent()).trim();
      assert.match(message, /^Deze beslissing is nu niet toegestaan \(Beslismoment 3: starten met werktraining: Nog niet\)\./);
      assert.match(message, /De huidige stap is "Werktraining"\./);
      assert.match(message, /Nu toegestaan: .*Beslismoment 4: werktraining voortzetten: Voortzetten/);
      await checkA11y(rp, 'verouderde beslissing: 409');
      await stale.getByRole('button', { name: 'Annuleren' }).click();
      await expectCurrentStep(rp, 'Werktraining');
      const afterD3 = await timelineEntries(rp);
      assert.equal(afterD3.length, before.length + 1, 'exactly one new decision');
      assert.match(afterD3.at(-1), /Uitkomst: Ja\. Door Pieter van Dijk/);
      assert.equal(afterD3.filter((e) => e.includes('RIC: nog even wachten.')).length, 0, "the RIC's decision was not stored");
      assert.equal(await rp.getByTestId('task-table').getByText('Behandeldoelen gericht op arbeid opstellen').count(), 1);

      // Both now decide D4 "voortzetten", which fits the current step: the second gets
      // "intussen gewijzigd" and the decision is recorded once.
      await gotoTrajectory(ap, url);
      const second = await openDecision(rp, D4, 'Voortzetten');
      await decide(ap, D4, 'Voortzetten');
      await fillAndSubmitDecision(second, {});
      await second.getByTestId('decision-stale').getByText('Het traject is intussen gewijzigd').waitFor();
      await checkA11y(rp, 'verouderde beslissing: intussen gewijzigd');
      await second.getByRole('button', { name: 'Traject opnieuw laden' }).click();
      await second.waitFor({ state: 'detached' });
      await waitForTimelineLength(rp, afterD3.length + 1);
      const afterD4 = await timelineEntries(rp);
      assert.equal(afterD4.filter((e) => e.startsWith(D4)).length, 1, 'one D4');
      await checkA11y(rp, 'traject na verouderde beslissing');
      assertNoConsoleErrors(sessions);
    }));
});
