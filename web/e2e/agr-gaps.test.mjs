// Browser checks for the AGR additions of issue 3 (docs/gebruikershandleiding.md 5.4, 7.2, 7.3),
// against the real werkpad binary with the demo data, at tablet width (768 × 1024): the age and
// AOW boundary on the trajectory page and in the D1 dialog, the folder mark at D1 nee, the D3
// checklist stored with the server's suggestion and shown in the timeline, changing the team,
// and the admin page for form definitions (export, import, Dutch errors, published versions
// never change). axe-core runs on every page and dialog visited and must report zero violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accounts, checkA11y, launchBrowser, notConfigured, startServer } from './harness.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

const TABLET = { width: 768, height: 1024 };

async function logout(page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
}

/** The id of the demo trajectory of `familyName` (looked up through the API with the session). */
async function trajectoryOf(page, baseUrl, familyName) {
  const list = await (await page.request.get(`${baseUrl}/api/v1/revalidanten?page_size=100`)).json();
  const r = list.items.find((x) => x.family_name === familyName);
  assert.ok(r, `demo revalidant ${familyName}`);
  const ts = await (await page.request.get(`${baseUrl}/api/v1/revalidanten/${r.id}/trajectories`)).json();
  assert.ok(ts.items.length, `a trajectory for ${familyName}`);
  return ts.items[0].id;
}

async function openTrajectory(page, baseUrl, id) {
  await page.goto(`${baseUrl}/trajecten/${id}`);
  await page.getByTestId('route').waitFor();
}

describe('werkpad AGR additions', { skip: skip ?? false }, () => {
  let server;
  let acc;
  before(async () => {
    server = await startServer();
    acc = accounts(server.baseUrl);
  });
  after(async () => {
    await server?.stop();
  });

  test('age and AOW boundary, folder at D1 nee, D3 checklist in the timeline, team change', async () => {
    const { page, close, consoleErrors, capture } = await launchBrowser({ viewport: TABLET });
    try {
      await acc.login(page, 'arts');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();

      // --- Intake arts: age, AOW age and date on the page and in the D1 dialog --------------
      const intake = await trajectoryOf(page, server.baseUrl, 'El Idrissi');
      await openTrajectory(page, server.baseUrl, intake);
      const age = page.getByTestId('age-info');
      await age.waitFor();
      assert.match(await age.textContent(), /Leeftijd bij de intake: \d+ jaar op /);
      assert.match(await page.getByTestId('aow-line').textContent(), /^AOW-leeftijd: 6\d jaar( en \d+ maanden?)?, bereikt op \d+ \w+ \d{4}\.$/);
      await checkA11y(page, 'trajectpagina met leeftijd');

      // --- Team: the arts changes a team member; the page reloads with the new team --------
      const form = page.getByTestId('team-form');
      await form.waitFor();
      assert.match(await page.getByTestId('ric-model').textContent(), /^Model 1/);
      const select = form.locator('select[id^="team-lid-"]').first();
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => ({ v: o.value, t: o.textContent })));
      const pick = values.find((o) => o.v && o.v !== '');
      assert.ok(pick, 'a candidate for the first discipline');
      await select.selectOption(pick.v);
      await form.getByRole('button', { name: 'Team opslaan' }).click();
      await page.getByRole('status').getByText('Het team is opgeslagen.').waitFor();
      await page.getByTestId('team-list').getByText(pick.t).waitFor();
      await checkA11y(page, 'team opgeslagen');

      // --- D1 nee with the folder handed out ----------------------------------------------
      await page.getByRole('button', { name: 'Beslismoment 1: re-integratiecoördinator inzetten vastleggen' }).click();
      const dialog = page.getByTestId('decision-dialog');
      await dialog.waitFor();
      await dialog.getByTestId('age-info').waitFor();
      assert.equal(await dialog.getByLabel("Folder 'Arbeidsgerichte revalidatie' is meegegeven").count(), 0, 'no folder box before nee');
      await dialog.getByRole('radio', { name: /^Nee \(naar/ }).check();
      await dialog.getByLabel(/^Reden/).selectOption('wil_niet_aan_werk_denken');
      const folder = dialog.getByLabel("Folder 'Arbeidsgerichte revalidatie' is meegegeven");
      await folder.check();
      await checkA11y(page, 'D1 nee met folder');
      await dialog.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      await page.getByRole('status').getByText('De beslissing is vastgelegd.').waitFor();
      assert.equal((await page.getByTestId('folder-mark').textContent()).trim(), 'meegegeven');
      await page.getByText('Meegegeven', { exact: true }).waitFor();
      await checkA11y(page, 'na D1 nee');

      // --- D3 with the checklist: suggestion ja, the team decides nog niet ----------------
      const feedback = await trajectoryOf(page, server.baseUrl, 'Bakker');
      await openTrajectory(page, server.baseUrl, feedback);
      await page.getByRole('button', { name: 'Beslismoment 3: starten met werktraining vastleggen' }).click();
      const d3 = page.getByTestId('decision-dialog');
      await d3.waitFor();
      for (const id of ['belastbaarheid', 'orientatie', 'taalbegrip', 'leerbaarheid']) {
        await d3.locator(`select#d3-${id}`).selectOption('voldaan');
      }
      await d3.getByTestId('d3-suggestion').getByText('Voorstel: Ja.').waitFor();
      await d3.getByRole('radio', { name: /^Nog niet \(naar/ }).check();
      await d3.getByTestId('d3-differs').waitFor();
      await d3.getByLabel(/^Reden/).selectOption('belastbaarheid_onvoldoende');
      await d3.getByLabel('Toelichting').fill('Criteria voldaan, maar nog te vermoeid na de opname.');
      await checkA11y(page, 'D3 met checklist');
      await d3.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      await page.getByRole('status').getByText('De beslissing is vastgelegd.').waitFor();
      const summary = page.getByTestId('checklist-summary').last();
      await summary.waitFor();
      assert.match(await summary.textContent(), /Taalbegrip: Voldaan/);
      const suggestion = page.getByTestId('checklist-suggestion').last();
      assert.match(await suggestion.textContent(), /^Ja\. Het team is afgeweken van het voorstel\.$/);
      await checkA11y(page, 'tijdlijn met checklist');

      assert.deepEqual(consoleErrors, []);
      await logout(page);
    } catch (e) {
      await capture('agr-gaps-route');
      throw e;
    } finally {
      await close();
    }
  });

  test('admin: form definitions listed, exported and imported; a published version never changes', async () => {
    const { page, close, consoleErrors, capture } = await launchBrowser({ viewport: TABLET });
    const dir = await mkdtemp(join(tmpdir(), 'werkpad-e2e-forms-'));
    try {
      await acc.login(page, 'admin');
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await nav.getByRole('link', { name: 'Formulieren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Formulieren' }).waitFor();
      const row = page.locator('[data-definition="agr-1-intake-arts@1"]');
      await row.waitFor();
      assert.match(await row.textContent(), /Gepubliceerd \(ingebouwd\), nieuwste versie/);
      await checkA11y(page, 'formulierdefinities');

      // Export one version as a JSON file.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.getByRole('button', { name: 'Definitie agr-1-intake-arts versie 1 downloaden als JSON' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'agr-1-intake-arts-v1.json');
      const exported = join(dir, 'export.json');
      await download.saveAs(exported);
      const def = JSON.parse(await readFile(exported, 'utf8'));
      assert.equal(def.id, 'agr-1-intake-arts');
      assert.equal(def.version, 1);

      const input = page.getByLabel('JSON-bestand met één formulierdefinitie');
      const importButton = page.getByRole('button', { name: 'Importeren' });

      // Not JSON: a Dutch message, nothing sent.
      const broken = join(dir, 'kapot.json');
      await writeFile(broken, '{"id": "agr-1-intake-arts",');
      await input.setInputFiles(broken);
      await importButton.click();
      await page.getByTestId('import-error').getByText(/^Het bestand is geen geldige JSON/).waitFor();
      await checkA11y(page, 'import geen JSON');

      // The same id and version with other content: refused, the published version stays.
      const changed = join(dir, 'gewijzigd.json');
      await writeFile(changed, JSON.stringify({ ...def, title: 'Andere titel' }));
      await input.setInputFiles(changed);
      await importButton.click();
      await page.getByTestId('import-error').getByText(/is al gepubliceerd met een andere inhoud/).waitFor();

      // A definition error names the path.
      const invalid = join(dir, 'fout.json');
      await writeFile(invalid, JSON.stringify({ ...def, version: 2, items: [{ key: 'Fout', type: 'text', label: 'x' }] }));
      await input.setInputFiles(invalid);
      await importButton.click();
      await page.getByTestId('import-error').getByText(/^items\[0\]\.key: /).waitFor();
      await checkA11y(page, 'import met fouten');

      // A new version is imported and listed as the latest.
      const next = join(dir, 'v2.json');
      await writeFile(next, JSON.stringify({ ...def, version: 2, title: `${def.title} (versie 2)` }));
      await input.setInputFiles(next);
      await importButton.click();
      await page.getByRole('status').getByText('Versie 2 van formulier agr-1-intake-arts is geïmporteerd en gepubliceerd.').waitFor();
      const v2 = page.locator('[data-definition="agr-1-intake-arts@2"]');
      await v2.waitFor();
      assert.match(await v2.textContent(), /Gepubliceerd \(geïmporteerd op .+\), nieuwste versie/);
      assert.match(await row.textContent(), /oudere versie/);
      await checkA11y(page, 'na import');

      assert.deepEqual(consoleErrors, []);
    } catch (e) {
      await capture('agr-gaps-forms');
      throw e;
    } finally {
      await rm(dir, { recursive: true, force: true });
      await close();
    }
  });
});
