// Function profile against person profile (issue 4) in the browser, against the real werkpad
// binary, at tablet width (768 × 1024): the RIC fills in form 4 for Mohamed Amrani (demo, in the
// werkbezoek step) during the werkbezoek and meets a stale save from a second tab (the Dutch 409
// message); the RIC opens a first-impression round; the physiotherapist and the psychologist each
// assess only their own discipline's items (form 6); the physiotherapist sees the discrepancies
// per discipline with the Dutch description in the item's units, makes a treatment goal from the
// lifting discrepancy, records a worksample session linked to that goal, and in a re-assessment
// closes the gap: the matching view says "Gesloten" and the progress table shows the capacity
// reaching the demand line. axe-core runs on every page visited and must report no violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, amsterdamDate, checkA11y, launchSessions, notConfigured, randomLetters, startServer, submitCredentials } from './harness.mjs';
import { escapeRegExp, openTrajectoryOf, TABLET } from './agr-steps.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

const REVALIDANT = 'Mohamed Amrani';

/** The form 4 card of an item. */
const card = (page, item) => page.locator(`[data-item="${item}"]`);

/** Answers "is this item relevant" in form 4 with Ja or Nee. */
async function relevant(page, item, label, answer) {
  await card(page, item)
    .getByRole('group', { name: new RegExp(`^Is "${escapeRegExp(label)}" relevant`) })
    .getByRole('radio', { name: answer, exact: true })
    .check();
}

/** Opens a profile page of the trajectory through the trajectory page's links. */
async function openProfilePage(page, trajectoryUrl, linkName, heading) {
  await page.goto(trajectoryUrl);
  await page.getByTestId('profiles-section').getByRole('link', { name: linkName }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Assesses one item in the open form 6 round. */
async function assess(page, item, label, status, values) {
  const c = page.locator(`form[data-item="${item}"]`);
  await c.getByRole('group', { name: `Oordeel: ${label}` }).getByRole('radio', { name: status, exact: true }).check();
  for (const [field, value] of Object.entries(values)) await c.getByLabel(field, { exact: true }).fill(value);
  await c.getByRole('button', { name: `Beoordeling van ${label} opslaan` }).click();
  await page.getByText(`De beoordeling van ${label} is opgeslagen.`).waitFor();
}

describe('werkpad profielen: formulier 4, formulier 6, knelpunten, doelen, werktraining', { skip: skip ?? false }, () => {
  let server;
  let acc;
  let browser;
  before(async () => {
    server = await startServer();
    acc = accounts(server.baseUrl);
    browser = await launchSessions();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('form 4 at the werkbezoek, form 6 by two disciplines, a goal, a session, a re-assessment that closes a gap', async () => {
    const sessions = [];
    const open = async () => {
      const s = await browser.newSession({ viewport: TABLET });
      sessions.push(s);
      return s;
    };
    const ric = await open();
    let trajectoryUrl;
    try {
      // --- RIC: form 4 during the werkbezoek ---------------------------------------------------
      await acc.login(ric.page, 'ric');
      await ric.page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      trajectoryUrl = await openTrajectoryOf(ric.page, server.baseUrl, REVALIDANT);
      await openProfilePage(ric.page, trajectoryUrl, 'Functie-eisenprofiel (formulier 4)', `Functie-eisenprofiel van ${REVALIDANT}`);
      const p = ric.page;
      await p.getByTestId('form4-progress').waitFor();
      assert.match(await p.getByTestId('form4-progress').textContent(), /^0 van 25 items beantwoord$/);
      assert.equal(await p.getByLabel('Functie', { exact: true }).inputValue(), 'Vrachtwagenchauffeur', 'title from the file');
      await checkA11y(p, 'formulier 4 leeg');
      await p.getByLabel('Ingevuld met (naam en functie bij de werkgever)').fill('J. de Wit, planner');
      await relevant(p, 'tillen', 'Tillen', 'Ja');
      await card(p, 'tillen').getByLabel('Gewicht in kg').fill('15');
      await card(p, 'tillen').getByLabel('Aantal keer (×/uur)').fill('10');
      await relevant(p, 'zitten', 'Langdurig zitten', 'Ja');
      await card(p, 'zitten').getByLabel('Minuten per dag').fill('480');
      await card(p, 'zitten').getByLabel('Minuten achtereen').fill('120');
      await relevant(p, 'aandacht', 'Aandacht en concentratie', 'Ja');
      await card(p, 'aandacht').getByLabel('In welke taken').fill('rijden in druk verkeer');
      await card(p, 'aandacht').getByLabel('Hoe vaak').selectOption('voortdurend');
      await card(p, 'aandacht')
        .getByRole('group', { name: 'Hulpmiddel of strategie mogelijk in deze functie' })
        .getByRole('radio', { name: 'Nee', exact: true })
        .check();
      await relevant(p, 'klimmen', 'Klimmen', 'Nee');
      assert.match(await p.getByTestId('form4-progress').textContent(), /^4 van 25 items beantwoord$/);
      await checkA11y(p, 'formulier 4 ingevuld');
      await p.getByRole('button', { name: 'Functie-eisenprofiel opslaan' }).click();
      await p.getByText('Het functie-eisenprofiel is opgeslagen (versie 1).').waitFor();
      await p.getByTestId('form4-version').filter({ hasText: 'Versie 1' }).waitFor();

      // A second tab saves meanwhile: this tab's save is refused with the Dutch stale message.
      const tab2 = await ric.context.newPage();
      await tab2.goto(p.url());
      await tab2.getByTestId('form4-version').waitFor();
      await card(tab2, 'tillen').getByLabel('Aantal keer (×/uur)').fill('12');
      await tab2.getByRole('button', { name: 'Functie-eisenprofiel opslaan' }).click();
      await tab2.getByText('Het functie-eisenprofiel is opgeslagen (versie 2).').waitFor();
      await tab2.close();
      await relevant(p, 'traplopen', 'Traplopen', 'Nee');
      await p.getByRole('button', { name: 'Functie-eisenprofiel opslaan' }).click();
      await p.getByTestId('form4-errors').filter({ hasText: 'Iemand anders heeft dit intussen gewijzigd' }).waitFor();
      await checkA11y(p, 'formulier 4 verouderd');
      // Saving again after the warning stores version 3 with this tab's input (10 per hour).
      await p.getByRole('button', { name: 'Functie-eisenprofiel opslaan' }).click();
      await p.getByText('Het functie-eisenprofiel is opgeslagen (versie 3).').waitFor();
      await p.getByTestId('form4-history').getByRole('row').nth(3).waitFor();

      // --- RIC opens the first-impression round --------------------------------------------------
      await p.getByRole('navigation', { name: 'Profielen, doelen en werktraining' }).getByRole('link', { name: 'Persoonsprofiel (formulier 6)' }).click();
      await p.getByRole('heading', { level: 1, name: `Persoonsprofiel van ${REVALIDANT}` }).waitFor();
      await checkA11y(p, 'persoonsprofiel rondes');
      await p.getByRole('radio', { name: 'Eerste indruk', exact: true }).check();
      await p.getByRole('button', { name: 'Ronde aanmaken' }).click();
      await p.getByText('De beoordelingsronde is aangemaakt.').waitFor();
      await p.getByRole('heading', { level: 1, name: /^Eerste indruk van / }).waitFor();
      await p.getByText('Er zijn in deze ronde geen items die u kunt beoordelen.').waitFor();
      await checkA11y(p, 'ronde (ric)');

      // --- physiotherapist: only the physical items ----------------------------------------------
      const fysio = await open();
      await acc.login(fysio.page, 'fysio');
      await fysio.page.getByRole('heading', { level: 1 }).waitFor();
      const f = fysio.page;
      await openProfilePage(f, trajectoryUrl, 'Persoonsprofiel (formulier 6)', `Persoonsprofiel van ${REVALIDANT}`);
      await f.getByTestId('rounds-table').getByRole('link', { name: /^Eerste indruk van .* openen$/ }).click();
      await f.locator('form[data-item="tillen"]').waitFor();
      assert.equal(await f.locator('form[data-item="aandacht"]').count(), 0, 'the physiotherapist does not see attention');
      await f.getByTestId('filtered-note').waitFor();
      assert.match(await f.locator('form[data-item="tillen"]').textContent(), /De functie vraagt: 15 kg, 10 ×\/uur/);
      await checkA11y(f, 'ronde (fysio)');
      await assess(f, 'tillen', 'Tillen', 'Voldoet niet', { 'Gewicht in kg': '5', 'Aantal keer (×/uur)': '10' });
      await assess(f, 'zitten', 'Langdurig zitten', 'Voldoet', { 'Minuten per dag': '480', 'Minuten achtereen': '120' });
      // Ranking alternative functions is for arts and RIC: the therapist is not offered the link.
      await f.goto(trajectoryUrl);
      await f.getByTestId('profiles-section').getByRole('link', { name: 'Persoonsprofiel (formulier 6)' }).waitFor();
      assert.equal(await f.getByTestId('profiles-section').getByRole('link', { name: 'Alternatieve functies' }).count(), 0);

      // --- psychologist: only the cognitive items -------------------------------------------------
      const psy = await open();
      await acc.login(psy.page, 'psycholoog');
      await psy.page.getByRole('heading', { level: 1 }).waitFor();
      const q = psy.page;
      await openProfilePage(q, trajectoryUrl, 'Persoonsprofiel (formulier 6)', `Persoonsprofiel van ${REVALIDANT}`);
      await q.getByTestId('rounds-table').getByRole('link', { name: /^Eerste indruk van .* openen$/ }).click();
      await q.locator('form[data-item="aandacht"]').waitFor();
      assert.equal(await q.locator('form[data-item="tillen"]').count(), 0, 'the psychologist does not see lifting');
      await q.locator('form[data-item="aandacht"]').getByLabel('Kan het aan tot (hoe vaak)').selectOption('regelmatig');
      await assess(q, 'aandacht', 'Aandacht en concentratie', 'Voldoet deels', {});
      await checkA11y(q, 'ronde (psycholoog)');

      // --- discrepancies per discipline (the RIC sees all disciplines) ----------------------------
      await openProfilePage(p, trajectoryUrl, 'Knelpunten: functie-eisen tegen persoonsprofiel', `Knelpunten van ${REVALIDANT}`);
      await p.getByTestId('matching').waitFor();
      assert.match(await p.getByTestId('match-summary').textContent(), /Van de 3 relevante items voldoet de revalidant aan 1, deels aan 1, niet aan 1/);
      const lifting = p.locator('[data-testid="discrepancies-fysiotherapie"] tr[data-item="tillen"]');
      await lifting.waitFor();
      assert.match(await lifting.textContent(), /15 kg/);
      assert.match(await lifting.textContent(), /5 kg/);
      await p.locator('[data-testid^="discrepancies-psychologie"] tr[data-item="aandacht"]').waitFor();
      await p.getByTestId('outcome-chart').getByRole('img').waitFor();
      await checkA11y(p, 'knelpunten (ric)');

      // --- physiotherapist: a goal from the lifting discrepancy -----------------------------------
      await openProfilePage(f, trajectoryUrl, 'Knelpunten: functie-eisen tegen persoonsprofiel', `Knelpunten van ${REVALIDANT}`);
      await f.locator('[data-testid="discrepancies-fysiotherapie"] tr[data-item="tillen"]').waitFor();
      assert.equal(await f.locator('[data-testid="discrepancies-psychologie"]').count(), 0, 'no psychology items for the physiotherapist');
      await checkA11y(f, 'knelpunten (fysio)');
      await f.getByRole('link', { name: 'Doel maken voor Tillen' }).click();
      await f.getByRole('heading', { level: 1, name: `Behandeldoelen van ${REVALIDANT}` }).waitFor();
      await f.getByText('Uit het knelpunt: Tillen').waitFor();
      assert.equal(await f.locator('select#doel-discipline').inputValue(), 'fysiotherapie');
      assert.equal(await f.locator('select#doel-item').inputValue(), 'tillen');
      const goalText = 'Tilt 15 kg 10 keer per uur';
      await f.locator('#doel-omschrijving').fill(goalText);
      await f.locator('#doel-streef-kg').fill('15');
      await f.locator('#doel-streefdatum').fill(amsterdamDate(42));
      await checkA11y(f, 'nieuw doel');
      await f.getByRole('button', { name: 'Doel vastleggen' }).click();
      await f.getByText('Het behandeldoel is vastgelegd.').waitFor();
      await f.locator('[data-testid="goal-board"] [data-status="actief"]').getByText(goalText).waitFor();
      await checkA11y(f, 'doelenbord');

      // --- a worksample session linked to the goal -------------------------------------------------
      await f.getByRole('navigation', { name: 'Profielen, doelen en werktraining' }).getByRole('link', { name: 'Werktraining en voortgang' }).click();
      await f.getByRole('heading', { level: 1, name: `Werktraining van ${REVALIDANT}` }).waitFor();
      const sample = f.locator('select#sessie-werksample');
      const firstSample = await sample.locator('option').evaluateAll((os) => os.map((o) => o.value).find(Boolean));
      await sample.selectOption(firstSample);
      await f.locator('#sessie-duur').fill('60');
      await f.locator('#sessie-observaties').fill('Tilt kratten van 8 kg zonder klachten.');
      await f.getByRole('group', { name: 'Gekoppelde doelen' }).getByRole('checkbox', { name: goalText }).check();
      await checkA11y(f, 'werktraining');
      await f.getByRole('button', { name: 'Sessie opslaan' }).click();
      await f.getByText('De sessie is vastgelegd.').waitFor();
      const sessionRow = f.getByTestId('sessions-table').getByRole('row').filter({ hasText: 'Tilt kratten van 8 kg' });
      await sessionRow.waitFor();
      assert.match(await sessionRow.textContent(), /60 min/);
      assert.match(await sessionRow.textContent(), new RegExp(escapeRegExp(goalText)));
      // a correction of the session: the form starts from its values; the table shows the new duration
      await sessionRow.getByRole('button', { name: /corrigeren$/ }).click();
      const fix = f.getByRole('region', { name: /^Sessie van .* corrigeren$/ });
      await fix.waitFor();
      assert.equal(await fix.getByLabel('Duur in minuten').inputValue(), '60');
      await fix.getByLabel('Duur in minuten').fill('45');
      await checkA11y(f, 'sessie corrigeren');
      await fix.getByRole('button', { name: 'Correctie opslaan' }).click();
      await f.getByText('De sessie is gecorrigeerd.').waitFor();
      await fix.waitFor({ state: 'detached' });
      // the table follows once the training is reloaded
      await sessionRow.filter({ hasText: '45 min' }).waitFor();

      // --- re-assessment that closes the lifting gap ----------------------------------------------
      await f.getByRole('navigation', { name: 'Profielen, doelen en werktraining' }).getByRole('link', { name: 'Persoonsprofiel (formulier 6)' }).click();
      await f.getByRole('heading', { level: 1, name: `Persoonsprofiel van ${REVALIDANT}` }).waitFor();
      assert.equal(await f.getByRole('radio', { name: 'Herbeoordeling', exact: true }).isChecked(), true, 'a later round defaults to herbeoordeling');
      await f.getByRole('button', { name: 'Ronde aanmaken' }).click();
      await f.getByRole('heading', { level: 1, name: /^Herbeoordeling van / }).waitFor();
      await assess(f, 'tillen', 'Tillen', 'Voldoet', { 'Gewicht in kg': '15', 'Aantal keer (×/uur)': '10' });
      await checkA11y(f, 'herbeoordeling');
      await f.getByRole('link', { name: 'Bekijk de knelpunten van deze ronde' }).click();
      await f.getByTestId('matching').waitFor();
      await f.getByTestId('match-against').filter({ hasText: 'Herbeoordeling' }).waitFor();
      const change = f.locator('[data-testid="changes-table"] tr[data-item="tillen"]');
      await change.waitFor();
      assert.match(await change.textContent(), /Gesloten/);
      assert.match(await f.getByTestId('changes-summary').textContent(), /^1 knelpunt\(en\) gesloten/);
      assert.equal(await f.locator('[data-testid="discrepancies-fysiotherapie"] tr[data-item="tillen"]').count(), 0, 'lifting is no longer a discrepancy');
      await checkA11y(f, 'knelpunten na herbeoordeling');

      // --- the progress chart of lifting: capacity reaches the demand line ------------------------
      await f.getByRole('navigation', { name: 'Profielen, doelen en werktraining' }).getByRole('link', { name: 'Werktraining en voortgang' }).click();
      await f.getByRole('heading', { level: 1, name: `Werktraining van ${REVALIDANT}` }).waitFor();
      await f.locator('select#voortgang-item').selectOption('tillen');
      await f.getByTestId('progress-chart').getByRole('img', { name: /Lijngrafiek van Tillen/ }).waitFor();
      const rows = f.getByTestId('progress-table').locator('tbody tr');
      await rows.nth(1).waitFor();
      assert.equal(await rows.count(), 2);
      assert.match(await rows.nth(0).textContent(), /5 kg.*15 kg.*10 kg.*Voldoet niet/);
      assert.match(await rows.nth(1).textContent(), /15 kg.*15 kg.*0 kg.*Voldoet/);
      await checkA11y(f, 'voortgang');

      for (const s of sessions) assert.deepEqual(s.consoleErrors, [], 'no page errors');
    } catch (e) {
      for (const s of sessions) await s.capture('profielen');
      throw e;
    } finally {
      for (const s of sessions) await s.close();
    }
  });

  test('function catalogue with a CSV import (errors per line), alternative functions, an FML from the UWV, a goal evaluation', async () => {
    const s = await browser.newSession({ viewport: TABLET });
    const p = s.page;
    const name = `Testcatalogus ${randomLetters()}`;
    try {
      await acc.login(p, 'ric');
      await p.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      await p.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Functiecatalogi' }).click();
      await p.getByRole('heading', { level: 1, name: 'Functiecatalogi' }).waitFor();
      await p.getByTestId('catalogues-table').waitFor();
      await checkA11y(p, 'functiecatalogi');
      await p.getByLabel(/^Naam/).fill(name);
      await p.getByRole('radio', { name: 'Instelling', exact: true }).check();
      await p.getByRole('button', { name: 'Catalogus aanmaken' }).click();
      await p.getByRole('heading', { level: 1, name: `Functies in ${name}` }).waitFor();
      await p.getByText('De catalogus is aangemaakt.').waitFor();
      await p.getByText('Deze catalogus heeft nog geen functies.').waitFor();

      // A bad row: nothing is imported and the errors are listed per line.
      const bad = 'code;titel;organisatie;uren_per_week;tillen.kg;tillen.keer\nT1;Orderpicker;Magazijn;32;10;5\nT2;Heftruckchauffeur;Magazijn;38;veel;2\n';
      await p.getByLabel('Of plak de inhoud').fill(bad);
      await p.getByRole('button', { name: 'Controleren' }).click();
      const errs = p.getByTestId('import-errors');
      await errs.waitFor();
      const row = errs.locator('tbody tr');
      assert.equal(await row.count(), 1);
      assert.match(await row.first().textContent(), /^3tillen\.kg.*veel/);
      await checkA11y(p, 'csv-import met fouten');
      await p.getByLabel('Of plak de inhoud').fill(bad.replace('veel', '20'));
      await p.getByRole('button', { name: 'Controleren' }).click();
      await p.getByTestId('import-checked').filter({ hasText: '2 van 2 regels zijn goed.' }).waitFor();
      await p.getByRole('button', { name: 'Importeren' }).click();
      await p.getByText('2 functies geïmporteerd.').waitFor();
      await p.getByTestId('functions-table').getByRole('row', { name: /Heftruckchauffeur/ }).waitFor();
      await checkA11y(p, 'catalogus met functies');

      // One function entered by hand with its form 4 items (the code is generated).
      await p.getByText('Een functie met haar functie-eisen invoeren').click();
      await p.locator('#fn-titel').fill('Magazijnplanner');
      await relevant(p, 'tillen', 'Tillen', 'Ja');
      await card(p, 'tillen').getByLabel('Gewicht in kg').fill('5');
      await relevant(p, 'zitten', 'Langdurig zitten', 'Ja');
      await card(p, 'zitten').getByLabel('Minuten per dag').fill('420');
      await checkA11y(p, 'nieuwe functie');
      await p.getByRole('button', { name: 'Functie opslaan' }).click();
      await p.getByText('De functie Magazijnplanner is opgeslagen.').waitFor();
      await p.getByTestId('functions-table').getByRole('row', { name: /Magazijnplanner/ }).waitFor();

      // Alternative functions for Henk de Vries (demo: form 4 and two rounds).
      const url = await openTrajectoryOf(p, server.baseUrl, 'Henk de Vries', { a11y: false });
      await openProfilePage(p, url, 'Alternatieve functies', 'Alternatieve functies voor Henk de Vries');
      await p.getByTestId('ranking-table').waitFor();
      await checkA11y(p, 'alternatieve functies');
      const choice = p.locator('select#rang-catalogus');
      const value = await choice.locator('option').evaluateAll((os, n) => os.find((o) => o.textContent === n)?.value, name);
      await choice.selectOption(value);
      await p.getByRole('button', { name: 'Rangschikken' }).click();
      await p.getByTestId('ranking-table').getByRole('caption').filter({ hasText: 'De 3 best passende van 3 functies' }).waitFor();
      const ranked = await p.locator('[data-testid="ranking-table"] tbody tr').evaluateAll((rs) => rs.map((r) => r.dataset.function));
      const sorted = [...ranked].sort();
      assert.match(sorted[0], /^F-\d{4}$/, 'a generated code');
      assert.deepEqual(sorted.slice(1), ['T1', 'T2']);

      // An FML from the UWV, compared with the demands.
      await p.getByRole('navigation', { name: 'Profielen, doelen en werktraining' }).getByRole('link', { name: 'FML of inzetbaarheidsprofiel invoeren' }).click();
      await p.getByRole('heading', { level: 1, name: 'FML of inzetbaarheidsprofiel invoeren' }).waitFor();
      await p.getByRole('group', { name: /^Van wie komt het profiel/ }).getByRole('radio', { name: 'UWV', exact: true }).check();
      const lift = card(p, 'tillen');
      await lift.getByRole('radio', { name: 'Beperkt tot', exact: true }).check();
      await lift.getByLabel('Gewicht in kg').fill('10');
      await checkA11y(p, 'fml invoeren');
      await p.getByRole('button', { name: 'Profiel opslaan' }).click();
      await p.getByText('Het profiel is opgeslagen.').waitFor();
      await p.getByRole('link', { name: /^Vergelijk profiel van .* met de functie-eisen$/ }).first().click();
      await p.getByTestId('match-against').filter({ hasText: 'Profiel van UWV (FML) van' }).waitFor();
      await checkA11y(p, 'knelpunten tegen fml');

      // A goal evaluated as achieved moves to the "Behaald" column.
      await p.getByRole('navigation', { name: 'Profielen, doelen en werktraining' }).getByRole('link', { name: 'Behandeldoelen' }).click();
      await p.getByRole('heading', { level: 1, name: 'Behandeldoelen van Henk de Vries' }).waitFor();
      const active = p.locator('[data-testid="goal-board"] [data-status="actief"] li.werkpad-goal-card').first();
      await active.waitFor();
      const goalId = await active.getAttribute('data-goal');
      const goalTitle = (await active.getByRole('heading', { level: 4 }).textContent()).trim();
      await active.getByRole('button', { name: /^Evalueren/ }).click();
      await active.getByLabel('Bevindingen').fill('Doel gehaald in de werksample.');
      await active.getByLabel('Nieuwe status').selectOption('behaald');
      await checkA11y(p, 'doel evalueren');
      await active.getByRole('button', { name: 'Evaluatie opslaan' }).click();
      await p.getByText('De evaluatie is opgeslagen.').waitFor();
      await p.locator(`[data-testid="goal-board"] [data-status="behaald"] [data-goal="${goalId}"]`).waitFor();
      assert.deepEqual(s.consoleErrors, [], 'no page errors');

      // Henk de Vries sees the goal as achieved in his portal, with his progress.
      const me = await browser.newSession({ viewport: TABLET });
      try {
        await submitCredentials(me.page, server.baseUrl, 'revalidant');
        await me.page.getByRole('heading', { level: 1, name: 'Mijn traject' }).waitFor();
        await me.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn doelen' }).click();
        await me.page.getByRole('heading', { level: 1, name: 'Mijn doelen en voortgang' }).waitFor();
        const row = me.page.getByTestId('portal-goals').getByRole('row').filter({ hasText: goalTitle });
        await row.waitFor();
        assert.match(await row.textContent(), /Behaald/);
        await me.page.getByRole('heading', { level: 2, name: 'Voortgang per item' }).waitFor();
        await checkA11y(me.page, 'portaal: mijn doelen');
        assert.deepEqual(me.consoleErrors, [], 'no page errors in the portal');
      } finally {
        await me.close();
      }
    } catch (e) {
      await s.capture('profielen-catalogus');
      throw e;
    } finally {
      await s.close();
    }
  });
});
