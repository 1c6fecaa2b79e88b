// The verzuimroute (Wet verbetering poortwachter) in the browser, against the real werkpad binary,
// at tablet width (768 × 1024): the RIC registers a revalidant, opens a verzuimdossier from the
// revalidant's file, adds a sickness episode (first a wrong one: a clear Dutch field error), sees
// every deadline with its status, records the probleemanalyse with the generic document form and
// sees its milestone done, looks at the document and its versions, finds the overdue plan van
// aanpak on the "Signalen verzuim" dashboard, records the plan van aanpak with an action (the
// first evaluation due 6 weeks later), moves to scenario 3 with an intervention, checks the RIV
// view, and the revalidant (a portal account the admin opens) sees the same: scenario 3, what to
// do and the next evaluation in "Mijn verzuim". Then the RIC edits an episode (with a stale edit from a second tab: the Dutch 409 message), adds and
// deletes an older episode (a period of its own) and ends the open one. The revalidant sees "Mijn
// verzuim" in the portal; the admin sets the signal days. axe-core runs on every page visited and
// must report no violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  amsterdamDate,
  checkA11y,
  DEMO_PASSWORD,
  launchBrowser,
  launchSessions,
  notConfigured,
  randomLetters,
  registerRevalidant,
  startServer,
  submitCredentials,
} from './harness.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

const TABLET = { width: 768, height: 1024 };

/** The row of milestone `key` (and `sequence`) in the timeline table. */
function milestone(page, key, sequence = 0) {
  return page.locator(`[data-testid="milestones"] tr[data-key="${key}"][data-sequence="${sequence}"]`);
}

describe('werkpad verzuimroute', { skip: skip ?? false }, () => {
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

  test('open a verzuimdossier, add an episode, see the deadlines, record the probleemanalyse, see the dashboard', async () => {
    const familyName = `Verzuimtest${randomLetters()}`;
    const fullName = `Synthetische ${familyName}`;
    const { page, context, close, consoleErrors, capture } = await launchBrowser({ viewport: TABLET });
    try {
      await acc.login(page, 'ric');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.equal(await nav.getByRole('link', { name: 'Signalen verzuim' }).count(), 1, 'staff menu has the dashboard');
      const ricName = (await page.getByTestId('user-name').textContent()).trim();
      await nav.getByRole('link', { name: 'Nieuwe revalidant' }).click();
      await page.getByTestId('revalidant-form').waitFor();
      await registerRevalidant(page, { givenNames: 'Synthetische', familyName, ricName });
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();

      // --- the revalidant's file has a Verzuim section with a link --------------------------
      const section = page.getByTestId('verzuim-section');
      await section.getByText('Er is nog geen verzuimdossier.').waitFor();
      await checkA11y(page, 'dossier met verzuimsectie');
      await section.getByRole('link', { name: 'Verzuimdossier openen' }).click();
      await page.getByRole('heading', { level: 1, name: `Verzuimdossier van ${fullName}` }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Verzuimdossier aanmaken' }).waitFor();
      await checkA11y(page, 'verzuimdossier aanmaken');

      // Missing employer: a Dutch field error from the 422.
      await page.getByRole('button', { name: 'Verzuimdossier aanmaken' }).click();
      await page.getByRole('alert').getByText('"Werkgever" is verplicht.').first().waitFor();
      await checkA11y(page, 'verzuimdossier aanmaken met fout');
      await page.getByLabel(/^Werkgever/).fill('Voorbeeldbedrijf BV');
      await page.getByLabel(/^Bedrijfsarts/).fill('Arbodienst Voorbeeld, dr. Synthetisch');
      const cm = page.locator('select#dossier-nieuw-casemanager_user_id');
      const cmValue = await cm.locator('option').evaluateAll((os, name) => os.find((o) => o.textContent === name)?.value ?? '', ricName);
      assert.ok(cmValue, 'the RIC can be chosen as casemanager');
      await cm.selectOption(cmValue);
      await page.getByRole('button', { name: 'Verzuimdossier aanmaken' }).click();
      await page.getByText('Het verzuimdossier is aangemaakt.').waitFor();
      await page.getByText('Er zijn nog geen termijnen: voeg eerst een ziekteperiode toe.').first().waitFor();

      // --- episodes: a wrong one first, then the real one -----------------------------------
      const start = amsterdamDate(-60);
      await page.locator('#episode-nieuw-start').fill(start);
      await page.locator('#episode-nieuw-end').fill(amsterdamDate(-70));
      await page.getByRole('button', { name: 'Ziekteperiode toevoegen' }).click();
      await page.getByRole('alert').getByText('"Laatste ziektedag" ligt vóór de begindatum.').first().waitFor();
      await checkA11y(page, 'ziekteperiode met fout');
      await page.locator('#episode-nieuw-end').fill('');
      await page.getByRole('button', { name: 'Ziekteperiode toevoegen' }).click();
      await page.getByText('De ziekteperiode is toegevoegd. De termijnen zijn opnieuw berekend.').waitFor();
      await page.getByTestId('episodes').getByText('Nog ziek').waitFor();
      await page.getByTestId('periods').waitFor();

      // --- every deadline, with status -------------------------------------------------------
      await page.getByTestId('milestones').waitFor();
      assert.match(await page.getByTestId('current-week').textContent(), /ziekteweek 9\./);
      for (const key of ['ziekmelding', 'probleemanalyse', 'plan_van_aanpak', 'melding_42e_week', 'eerstejaarsevaluatie', 'actueel_oordeel', 'eindevaluatie', 'wia_aanvraag', 'einde_wachttijd']) {
        assert.equal(await page.locator(`[data-testid="milestones"] tr[data-key="${key}"]`).count() >= 1, true, `milestone ${key} shown`);
      }
      assert.equal(await milestone(page, 'probleemanalyse').getAttribute('data-status'), 'overdue');
      await milestone(page, 'probleemanalyse').getByText('Te laat', { exact: true }).waitFor();
      assert.equal(await milestone(page, 'melding_42e_week').getAttribute('data-status'), 'upcoming');
      await checkA11y(page, 'verzuimdossier met termijnen');

      // --- record the probleemanalyse with the generic document form ------------------------
      const pa = amsterdamDate(-20);
      await page.locator('#document-nieuw-kind').selectOption('probleemanalyse');
      await page.locator('#document-nieuw-date').fill(pa);
      // Required inzetbaarheidsadvies left out: a Dutch error linked to the field.
      await page.getByRole('button', { name: 'Document vastleggen' }).click();
      await page.getByRole('alert').getByText('"Inzetbaarheidsadvies" is verplicht.').first().waitFor();
      await page.getByRole('radio', { name: 'Nog niet inzetbaar' }).check();
      await page.getByLabel('Advies', { exact: true }).fill('Eerst herstel, over vier weken opnieuw beoordelen.');
      await page.getByLabel('Medische toelichting').fill('Synthetische medische toelichting.');
      await checkA11y(page, 'probleemanalyse vastleggen');
      await page.getByRole('button', { name: 'Document vastleggen' }).click();
      await page.getByText('Probleemanalyse is vastgelegd. De termijnen zijn opnieuw berekend.').waitFor();
      await milestone(page, 'probleemanalyse').and(page.locator('[data-status="done"]')).waitFor();
      await milestone(page, 'probleemanalyse').getByText('Gedaan', { exact: true }).waitFor();
      // Plan van aanpak: at the latest the end of week 8, which has passed.
      assert.equal(await milestone(page, 'plan_van_aanpak').getAttribute('data-status'), 'overdue');

      // --- the document, its medical part apart, a bijstelling with versions ---------------
      await milestone(page, 'probleemanalyse').getByRole('link', { name: 'bekijken (document bij Probleemanalyse)' }).click();
      await page.getByRole('heading', { level: 1, name: /^Probleemanalyse van / }).waitFor();
      await page.getByTestId('document-content').getByText('Nog niet inzetbaar').waitFor();
      await page.getByText('Synthetische medische toelichting.').first().waitFor();
      await page.getByText('Er zijn geen eerdere versies.').waitFor();
      await checkA11y(page, 'document probleemanalyse');
      await page.getByRole('radio', { name: 'Onzeker' }).check();
      await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await page.getByText('De wijziging is opgeslagen; de vorige versie blijft bewaard.').waitFor();
      await page.getByTestId('document-content').getByText('Onzeker').waitFor();
      await page.getByTestId('revisions').getByText('2 (huidige versie)').waitFor();
      assert.equal(await page.locator('[data-testid="revisions"] tbody tr').count(), 2, 'both versions kept');
      await checkA11y(page, 'document met versies');
      await page.getByRole('link', { name: 'Terug naar het verzuimdossier' }).click();
      await page.getByRole('heading', { level: 1, name: `Verzuimdossier van ${fullName}` }).waitFor();

      // --- the dashboard -----------------------------------------------------------------------
      await nav.getByRole('link', { name: 'Signalen verzuim' }).click();
      await page.getByRole('heading', { level: 1, name: 'Signalen verzuim' }).waitFor();
      const row = page.getByTestId('signals').locator('tr', { hasText: fullName }).filter({ hasText: 'Plan van aanpak' });
      await row.waitFor();
      assert.equal(await row.getAttribute('data-status'), 'overdue');
      await checkA11y(page, 'signalen verzuim');
      await page.getByLabel('Welke dossiers').selectOption('mine');
      await page.getByLabel('Status').selectOption('overdue');
      await page.getByLabel('Sorteren op').selectOption('revalidant');
      await page.getByRole('button', { name: 'Filter toepassen' }).click();
      await page.getByTestId('signals').locator('tr', { hasText: fullName }).first().waitFor();
      for (const s of await page.locator('[data-testid="signals"] tbody tr').evaluateAll((rs) => rs.map((r) => r.dataset.status))) {
        assert.equal(s, 'overdue', 'only overdue steps after filtering');
      }
      await checkA11y(page, 'signalen verzuim gefilterd');

      // --- the plan van aanpak with an action; the first evaluation is due 6 weeks later -------
      await page.getByTestId('signals').getByRole('link', { name: fullName }).first().click();
      await page.getByRole('heading', { level: 1, name: `Verzuimdossier van ${fullName}` }).waitFor();
      await page.locator('#document-nieuw-kind').selectOption('plan_van_aanpak');
      await page.locator('#document-nieuw-date').fill(amsterdamDate(-1));
      await page.getByLabel(/^Doel/).fill('Terugkeer in het eigen werk (fictief).');
      await page.getByRole('button', { name: 'Actie toevoegen' }).click();
      await page.getByRole('button', { name: 'Document vastleggen' }).click();
      await page.getByRole('alert').getByText('Actie 1: "Omschrijving" is verplicht.').first().waitFor();
      await page.locator('#document-nieuw-content-acties-0-omschrijving').fill('Contact elke twee weken');
      await page.locator('#document-nieuw-content-acties-0-eigenaar').selectOption('werkgever');
      await checkA11y(page, 'plan van aanpak vastleggen');
      await page.getByRole('button', { name: 'Document vastleggen' }).click();
      await page.getByText('Plan van aanpak is vastgelegd. De termijnen zijn opnieuw berekend.').waitFor();
      await milestone(page, 'plan_van_aanpak').and(page.locator('[data-status="done"]')).waitFor();
      await milestone(page, 'plan_van_aanpak').getByText(/later dan de termijn/).waitFor();
      const evaluation = milestone(page, 'evaluatie', 1);
      assert.equal(
        (await evaluation.locator('td').nth(1).textContent()).trim(),
        amsterdamDate(41).split('-').reverse().join('-'),
        'the first evaluation is due 6 weeks after the plan',
      );

      // --- move to scenario 3, with an intervention; the RIV ------------------------------------------------------------------
      await page.locator('#scenario-scenario').selectOption('ander_werk_eigen_organisatie');
      await page.locator('#scenario-reason').fill('Eigen werk past niet meer; ander werk binnen de organisatie.');
      await page.getByRole('button', { name: 'Scenario vastleggen' }).click();
      await page.getByText('Het scenario is vastgelegd.').waitFor();
      await page.getByTestId('scenario-current').getByText(/Scenario 3: ander werk in de eigen organisatie/).waitFor();
      await page.getByTestId('scenario-history').waitFor();
      // An intervention proposed for this scenario, recorded with the same document form.
      await page.locator('#document-nieuw-kind').selectOption('interventie');
      await page.locator('#document-nieuw-content-interventie').selectOption('arbeidsdeskundige');
      await page.getByRole('radio', { name: 'Voorgesteld' }).check();
      await page.getByRole('button', { name: 'Document vastleggen' }).click();
      await page.getByTestId('interventions').getByText(/^Arbeidsdeskundige: voorgesteld .* – Scenario 3: ander werk in de eigen organisatie$/).waitFor();
      await page.getByTestId('riv').waitFor();
      // The probleemanalyse belongs to the medical part of the RIV, shown apart.
      await page.getByTestId('riv-medical').locator('tr[data-kind="probleemanalyse"][data-status="present"]').waitFor();
      await page.getByTestId('riv-employer').locator('tr[data-kind="plan_van_aanpak"]').waitFor();
      await checkA11y(page, 'verzuimdossier met scenario en RIV');


      // --- the employee's portal view: the admin opens a portal account for this revalidant ---
      const username = `portaal.${randomLetters(5).toLowerCase()}`;
      const admin = await sessions.newSession();
      const portal = await sessions.newSession({ viewport: TABLET });
      try {
        await acc.login(admin.page, 'admin');
        const adminNav = admin.page.getByRole('navigation', { name: 'Hoofdmenu' });
        await adminNav.getByRole('link', { name: 'Gebruikers' }).click();
        await admin.page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
        await admin.page.getByLabel('Gebruikersnaam').fill(username);
        await admin.page.getByLabel('Rol').selectOption('revalidant');
        await admin.page.getByLabel('Zoek revalidant op naam of geboortedatum').fill(familyName);
        await admin.page.getByRole('search', { name: 'Revalidant voor het portaalaccount zoeken' }).getByRole('button', { name: 'Zoeken' }).click();
        await admin.page.getByRole('button', { name: `Kiezen ${fullName}` }).click();
        await admin.page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
        await admin.page.getByRole('heading', { level: 1, name: 'De gebruiker is aangemaakt' }).waitFor();
        const password = (await admin.page.getByTestId('initial-password').textContent()).trim();

        const pp = portal.page;
        await submitCredentials(pp, server.baseUrl, username, password);
        await pp.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn verzuim' }).click();
        await pp.getByRole('heading', { level: 1, name: 'Mijn verzuim' }).waitFor();
        assert.match(await pp.getByTestId('portal-verzuim-week').textContent(), /^U bent nu in ziekteweek 9\.$/);
        // My scenario: 3, with what to expect and what I can do, in plain Dutch.
        const myScenario = pp.getByTestId('portal-verzuim-scenario');
        await myScenario.getByText('Scenario 3: ander werk in de eigen organisatie').waitFor();
        await myScenario.getByText(/U zoekt samen met uw werkgever ander werk binnen de organisatie/).waitFor();
        await pp.getByText(/Denk mee over taken die wel passen/).waitFor();
        // My timeline: the plan is done, the first evaluation is the next step.
        await milestone(pp, 'plan_van_aanpak').and(pp.locator('[data-status="done"]')).waitFor();
        const myEvaluation = milestone(pp, 'evaluatie', 1);
        assert.equal(
          (await myEvaluation.locator('td').nth(1).textContent()).trim(),
          amsterdamDate(41).split('-').reverse().join('-'),
          'the employee sees the next evaluation',
        );
        assert.equal(await pp.getByTestId('milestones').getByRole('link').count(), 0, 'no links to staff pages');
        await checkA11y(pp, 'mijn verzuim (scenario 3)');
        assert.deepEqual(admin.consoleErrors, []);
        assert.deepEqual(portal.consoleErrors, []);
      } catch (e) {
        await admin.capture('verzuim-portal-admin');
        await portal.capture('verzuim-portal-revalidant');
        throw e;
      } finally {
        await admin.close();
        await portal.close();
      }

      // --- episodes: edit, a stale edit from a second tab, an older episode deleted, end ----
      const dossierUrl = page.url();
      const startLabel = await page.getByTestId('episodes').locator('tbody th').first().textContent();
      assert.equal(startLabel.trim(), start.split('-').reverse().join('-'));
      const other = await context.newPage();
      await other.goto(dossierUrl);
      await other.getByTestId('episodes').getByRole('button', { name: /^Ziekteperiode vanaf .* wijzigen$/ }).click();
      await other.getByLabel(/^Percentage ziek/).fill('50');
      await other.getByRole('button', { name: 'Ziekteperiode opslaan' }).click();
      await other.getByText('De ziekteperiode is gewijzigd. De termijnen zijn opnieuw berekend.').waitFor();
      await other.close();
      await page.getByTestId('episodes').getByRole('button', { name: /^Ziekteperiode vanaf .* wijzigen$/ }).click();
      await page.getByLabel(/^Percentage ziek/).fill('80');
      await page.getByRole('button', { name: 'Ziekteperiode opslaan' }).click();
      await page.getByRole('alert').getByText(/Iemand anders heeft dit verzuimdossier intussen gewijzigd/).waitFor();
      await page.getByTestId('episodes').getByText('50%').waitFor();
      await checkA11y(page, 'ziekteperiode gewijzigd door een ander');
      await page.getByLabel(/^Percentage ziek/).fill('80');
      await page.getByRole('button', { name: 'Ziekteperiode opslaan' }).click();
      await page.getByText('De ziekteperiode is gewijzigd. De termijnen zijn opnieuw berekend.').waitFor();
      await page.getByTestId('episodes').getByText('80%').waitFor();

      // An older episode more than 4 weeks before: a period of its own; then deleted again.
      await page.locator('#episode-nieuw-start').fill(amsterdamDate(-200));
      await page.locator('#episode-nieuw-end').fill(amsterdamDate(-190));
      await page.getByRole('button', { name: 'Ziekteperiode toevoegen' }).click();
      await page.getByText('De ziekteperiode is toegevoegd. De termijnen zijn opnieuw berekend.').waitFor();
      // A gap of 4 weeks or more starts a new period.
      await page.locator('[data-testid="periods"] > li').nth(1).waitFor();
      page.once('dialog', (d) => void d.accept());
      await page.getByTestId('episodes').getByRole('button', { name: /^Ziekteperiode vanaf .* verwijderen$/ }).first().click();
      await page.getByText('De ziekteperiode is verwijderd.').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="episodes"] tbody tr').length === 1);
      assert.equal(await page.locator('[data-testid="periods"] > li').count(), 1);

      // Ending the open episode: the worker is fit again.
      await page.getByTestId('episodes').getByRole('button', { name: /^Ziekteperiode vanaf .* beëindigen$/ }).click();
      await page.locator(`[id^="episode-einde-"][id$="-end"]`).fill(amsterdamDate(-1));
      await checkA11y(page, 'ziekteperiode beëindigen');
      await page.getByRole('button', { name: 'Beëindigen', exact: true }).click();
      await page.getByText('De ziekteperiode is beëindigd.').waitFor();
      await page.getByText(/De werknemer is hersteld gemeld/).waitFor();
      assert.deepEqual(consoleErrors, []);
    } catch (e) {
      await capture('verzuim');
      throw e;
    } finally {
      await close();
    }
  });

  test('the revalidant portal: my week, what I can do now, my scenario and my timeline', async () => {
    const { page, close, consoleErrors, capture } = await launchBrowser({ viewport: TABLET });
    try {
      await submitCredentials(page, server.baseUrl, 'revalidant', DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Mijn traject' }).waitFor();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn verzuim' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn verzuim' }).waitFor();
      // The demo revalidant has a verzuimdossier (see src/cli/demo_verzuim.cpp).
      assert.match(await page.getByTestId('portal-verzuim-week').textContent(), /^U bent nu in ziekteweek \d+\.$/);
      await page.getByRole('heading', { level: 2, name: 'Wat kunt u nu doen?' }).waitFor();
      await page.getByTestId('milestones').waitFor();
      assert.equal(await page.getByTestId('milestones').getByRole('link').count(), 0, 'no links to staff pages');
      await checkA11y(page, 'mijn verzuim');
      assert.deepEqual(consoleErrors, []);
    } catch (e) {
      await capture('verzuim-portal');
      throw e;
    } finally {
      await close();
    }
  });

  test('the admin sets the signal days', async () => {
    const { page, close, consoleErrors, capture } = await launchBrowser({ viewport: TABLET });
    try {
      await acc.login(page, 'admin');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
      await page.getByRole('heading', { level: 2, name: 'Signaleringstermijn' }).waitFor();
      await page.getByTestId('signal-days').waitFor();
      await page.getByLabel(/^Aantal dagen vooraf signaleren/).fill('400');
      await page.getByRole('button', { name: 'Signaleringstermijn opslaan' }).click();
      await page.getByText('valt buiten de toegestane grenzen').first().waitFor();
      await page.getByLabel(/^Aantal dagen vooraf signaleren/).fill('21');
      await page.getByRole('button', { name: 'Signaleringstermijn opslaan' }).click();
      await page.getByText('De signaleringstermijn is opgeslagen.').waitFor();
      await page.getByTestId('signal-days').getByText('Nu: 21 dagen.').waitFor();
      await checkA11y(page, 'instellingen signaleringstermijn');
      assert.deepEqual(consoleErrors, []);
    } catch (e) {
      await capture('verzuim-admin');
      throw e;
    } finally {
      await close();
    }
  });

  test('the WIA-schatting: Dutch field errors, WGA from functions at 35%, IVA at 80% and durable', async () => {
    const { page, close, consoleErrors, capture } = await launchBrowser({ viewport: TABLET });
    try {
      await acc.login(page, 'arts');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      await page.goto(`${server.baseUrl}/verzuim/wia-schatting`);
      await page.getByRole('heading', { level: 1, name: 'WIA-schatting' }).waitFor();
      await checkA11y(page, 'wia-schatting leeg');
      await page.getByRole('button', { name: 'Bereken' }).click();
      await page.getByRole('alert').getByText('Vul het maatmanloon in.').waitFor();
      await checkA11y(page, 'wia-schatting met fouten');
      await page.getByLabel(/^Maatmanloon/).fill('3000');
      await page.getByLabel('Ik bereken die uit passende functies').check();
      await page.getByLabel(/^Functieloon 1/).fill('1800');
      await page.getByLabel(/^Functieloon 2/).fill('1950,00');
      await page.getByLabel(/^Functieloon 3/).fill('2100,50');
      await page.getByRole('button', { name: 'Functie toevoegen' }).click();
      await page.getByLabel(/^Functieloon 4/).fill('1000');
      await page.getByRole('button', { name: 'Functie 4 verwijderen' }).click();
      assert.equal(await page.getByLabel(/^Functieloon 4/).count(), 0, 'row removed');
      await page.getByLabel('Nee, niet duurzaam').check();
      await page.getByRole('button', { name: 'Bereken' }).click();
      await page.getByTestId('wia-ao').getByText(/35,00%/).waitFor();
      assert.match(await page.getByTestId('wia-outcome').textContent(), /WGA/);
      assert.match(await page.getByTestId('wia-rule').textContent(), /35% tot 80%/);
      await checkA11y(page, 'wia-schatting wga');
      await page.getByLabel('Ik weet de restverdiencapaciteit').check();
      await page.getByLabel(/^Restverdiencapaciteit/).fill('600');
      await page.getByLabel(/^Ja, duurzaam/).check();
      await page.getByRole('button', { name: 'Bereken' }).click();
      await page.getByTestId('wia-ao').getByText(/80,00%/).waitFor();
      assert.match(await page.getByTestId('wia-outcome').textContent(), /IVA/);

      // Who guides the way back after the waiting time, and the reintegration means.
      const guidance = page.getByTestId('wia-begeleiding');
      await guidance.getByRole('heading', { level: 2, name: 'Wie begeleidt de weg terug naar werk?' }).waitFor();
      assert.match(await guidance.locator('[data-testid="wia-begeleiders"] tr[data-guide="uwv"]').textContent(), /UWV.*WGA.*Ziektewet/);
      assert.match(await guidance.locator('[data-testid="wia-begeleiders"] tr[data-guide="gemeente"]').textContent(), /Participatiewet/);
      await guidance.getByText(/aansprakelijkheidsverzekeraar/).waitFor();
      assert.match(
        await guidance.locator('[data-testid="wia-middelen"] tr[data-code="arbeidstherapeutische_plaatsing"]').textContent(),
        /Meestal hoogstens 6 weken; De werknemer blijft ziekgemeld/,
      );
      await checkA11y(page, 'wia-schatting met begeleiding');
      assert.deepEqual(consoleErrors, []);
    } catch (e) {
      await capture('verzuim-wia');
      throw e;
    } finally {
      await close();
    }
  });
});
