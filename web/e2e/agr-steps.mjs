// Steps shared by the AGR browser tests (not a test file itself): finding a revalidant's
// trajectory through the caseload, recording a decision through the dialog, and reading the
// route. Every step uses the UI only.

import assert from 'node:assert/strict';
import { checkA11y } from './harness.mjs';

export const TABLET = { width: 768, height: 1024 };

export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The radio `option` inside the fieldset whose legend starts with `group`. */
export function radio(scope, group, option) {
  return scope
    .getByRole('group', { name: new RegExp(`^${escapeRegExp(group)}`) })
    .getByRole('radio', { name: option, exact: true });
}

/**
 * Opens a revalidant's file through "Mijn caseload" (search by family name); axe-core checks
 * the search result and the file unless `a11y` is false.
 */
export async function openFile(page, baseUrl, fullName, { a11y = true } = {}) {
  await page.goto(`${baseUrl}/caseload`);
  await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
  const family = fullName.split(' ').slice(-1)[0];
  await page.getByLabel('Zoek op naam, BSN of geboortedatum').fill(family);
  await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
  const link = page.getByTestId('caseload-table').getByRole('link', { name: fullName, exact: true });
  await link.waitFor();
  if (a11y) await checkA11y(page, `caseload: ${family}`);
  await link.click();
  await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
  await page.getByTestId('agr-section').getByRole('listitem').first().or(page.getByText('Er is nog geen AGR-traject')).first().waitFor();
  if (a11y) await checkA11y(page, `dossier ${fullName}`);
}

/**
 * Opens the trajectory of `fullName` from the file: the active one, or (`closed: true`) the
 * first closed one, with axe-core on each page unless `a11y` is false. Returns the URL.
 */
export async function openTrajectoryOf(page, baseUrl, fullName, { closed = false, a11y = true } = {}) {
  await openFile(page, baseUrl, fullName, { a11y });
  const item = page
    .getByTestId('agr-section')
    .getByRole('listitem')
    .filter({ hasText: closed ? 'Afgesloten traject' : 'Actief traject' })
    .first();
  await item.getByRole('link', { name: /^Traject van .* openen$/ }).click();
  await page.getByRole('heading', { level: 1, name: `AGR-traject van ${fullName}` }).waitFor();
  await page.getByTestId('route').waitFor();
  if (a11y) await checkA11y(page, `traject van ${fullName}`);
  return page.url();
}

/** Goes to a trajectory URL and waits for the route. */
export async function gotoTrajectory(page, url) {
  await page.goto(url);
  await page.getByTestId('route').waitFor();
}

/** Waits until the route shows `name` as the current step. */
export async function expectCurrentStep(page, name) {
  await page.locator('[data-testid="route"] [data-status="current"]').filter({ hasText: name }).waitFor();
}

/** The statuses of the six drawn steps, in route order: [['Intake revalidatiearts', 'done'], …]. */
export async function routeStatuses(page) {
  return page
    .locator('[data-testid="route"] > li')
    .evaluateAll((lis) => lis.map((li) => [li.querySelector('.werkpad-route__name')?.textContent ?? '', li.dataset.status]));
}

/** The decision timeline as text, one string per decision (oldest first). */
export async function timelineEntries(page) {
  const timeline = page.getByTestId('timeline');
  if ((await timeline.count()) === 0) return [];
  return (await timeline.locator(':scope > li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
}

/** Waits until the timeline shows `n` decisions (the page reloads after a decision). */
export async function waitForTimelineLength(page, n) {
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="timeline"] > li').length === count, n);
}

/**
 * Opens the dialog of the decision button `buttonName` (the label without " vastleggen") and
 * chooses `outcome`; returns the dialog locator without submitting.
 */
export async function openDecision(page, buttonName, outcome, { a11yLabel = null } = {}) {
  await page.getByRole('button', { name: `${buttonName} vastleggen` }).click();
  const dialog = page.getByTestId('decision-dialog');
  await dialog.waitFor();
  if (a11yLabel) await checkA11y(page, a11yLabel);
  if (outcome) await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(outcome)} \\(naar`) }).check();
  return dialog;
}

/**
 * Fills the open decision dialog and submits it: `reason` / `endReason` are option codes,
 * `uncheck` names contact checkboxes to clear, `note` the explanation.
 */
export async function fillAndSubmitDecision(dialog, { reason = null, endReason = null, uncheck = [], note = '' } = {}) {
  if (reason) await dialog.locator('select#beslissing-reden').selectOption(reason);
  if (endReason) await dialog.locator('select#beslissing-eindreden').selectOption(endReason);
  for (const name of uncheck) await dialog.getByRole('checkbox', { name }).uncheck();
  if (note) await dialog.getByLabel('Toelichting').fill(note);
  await dialog.getByRole('button', { name: 'Beslissing vastleggen' }).click();
}

/** Records one decision through its dialog and waits for the confirmation. */
export async function decide(page, buttonName, outcome, opts = {}) {
  const dialog = await openDecision(page, buttonName, outcome, opts);
  await fillAndSubmitDecision(dialog, opts);
  await page.getByText('De beslissing is vastgelegd.').waitFor();
  await dialog.waitFor({ state: 'detached' });
}

/** The option labels of a <select> (without the empty "Kies …" option). */
export async function optionLabels(select) {
  return select.locator('option').evaluateAll((os) => os.filter((o) => o.value).map((o) => o.textContent.trim()));
}

/** Status text of one form in the trajectory's forms table. */
export async function formStatus(page, formId) {
  return (await page.locator(`[data-testid="forms-table"] tr[data-form="${formId}"] td`).first().textContent()).trim();
}

/** Opens a form from the trajectory page by its title. */
export async function openForm(page, formTitle) {
  await page.getByTestId('forms-table').getByRole('link', { name: formTitle }).click();
  await page.getByRole('heading', { level: 1, name: formTitle }).waitFor();
  await page.getByTestId('form-status').waitFor();
}

/** The value shown for one field in a data list (trajectory summary), by its key text. */
export async function summaryValue(page, key) {
  const item = page.locator('.utrecht-data-list__item').filter({ has: page.locator('.utrecht-data-list__item-key', { hasText: key }) }).first();
  return (await item.locator('.utrecht-data-list__item-value').textContent()).trim();
}

/** The keys of the data lists on the page (trajectory summary). */
export async function summaryKeys(page) {
  return (await page.locator('.utrecht-data-list__item-key').allTextContents()).map((k) => k.trim());
}

export async function logout(page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
}

export function assertNoConsoleErrors(sessions) {
  for (const s of sessions) assert.deepEqual(s.consoleErrors, [], 'no page errors');
}
