// Paging on the "Signalen verzuim" dashboard (issue 5), against the real werkpad binary: the RIC
// has more signals than one page of 25 (13 fresh dossiers with an overdue ziekmelding and a due
// probleemanalyse each, created through the API), picks 25 per page, sees the first page with
// "er zijn er meer", goes to the next page and back. axe-core must report no violations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, amsterdamDate, checkA11y, launchBrowser, notConfigured, randomLetters, startServer } from './harness.mjs';

const skip = notConfigured();
if (skip) console.log(`# e2e skipped: ${skip}`);

describe('werkpad signalen paging', { skip: skip ?? false }, () => {
  let server;
  let acc;
  before(async () => {
    server = await startServer();
    acc = accounts(server.baseUrl);
  });
  after(async () => {
    await server?.stop();
  });

  test('the RIC pages through more signals than fit on one page', async () => {
    const { page, close, consoleErrors } = await launchBrowser();
    try {
      await acc.login(page, 'ric');
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      const api = `${server.baseUrl}/api/v1`;
      const session = await (await page.request.get(`${api}/session`)).json();
      const headers = { 'X-CSRF-Token': session.csrf_token, 'Content-Type': 'application/json' };
      const family = `Paginatest${randomLetters()}`;
      for (let i = 0; i < 13; i++) {
        const r = await page.request.post(`${api}/revalidanten`, {
          headers,
          data: {
            given_names: 'Synthetische',
            family_name: `${family} ${i}`,
            date_of_birth: '1975-04-05',
            bsn: null,
            employment_status: 'loondienst',
            ric_user_id: session.user.id,
          },
        });
        assert.equal(r.status(), 201, await r.text());
        const revalidant = (await r.json()).id;
        const d = await page.request.post(`${api}/revalidanten/${revalidant}/verzuimdossier`, {
          headers,
          data: { employer: 'Pagina BV' },
        });
        assert.equal(d.status(), 201, await d.text());
        // Sick since 30 days ago: the ziekmelding is overdue, the probleemanalyse due in 11 days.
        const e = await page.request.post(`${api}/verzuimdossiers/${(await d.json()).id}/episodes`, {
          headers,
          data: { start: amsterdamDate(-30), percentage: 100 },
        });
        assert.equal(e.status(), 201, await e.text());
      }

      await page.getByRole('navigation').getByRole('link', { name: 'Signalen verzuim' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Signalen verzuim' }).waitFor();
      await page.getByTestId('signals').waitFor();
      await page.getByLabel('Aantal per pagina').selectOption('25');
      await page.getByRole('button', { name: 'Filter toepassen' }).click();
      const pager = page.getByTestId('signals-pager');
      await pager.getByText('Signalen 1 tot en met 25; er zijn er meer.').waitFor();
      assert.equal(await page.locator('[data-testid="signals"] tbody tr').count(), 25);
      assert.ok(await pager.getByRole('button', { name: 'Vorige pagina' }).isDisabled());
      await page.getByTestId('signals-truncated').waitFor();
      await checkA11y(page, 'signalen pagina 1');
      const firstPage = await page.locator('[data-testid="signals"] tbody tr').allInnerTexts();

      await pager.getByRole('button', { name: 'Volgende pagina' }).click();
      await pager.getByText(/^Signalen 26 tot en met \d+/).waitFor();
      const secondPage = await page.locator('[data-testid="signals"] tbody tr').allInnerTexts();
      assert.ok(secondPage.length >= 1 && secondPage.length <= 25);
      assert.ok(!secondPage.some((row) => firstPage.includes(row)), 'no row on both pages');
      assert.ok(await pager.getByRole('button', { name: 'Vorige pagina' }).isEnabled());
      await checkA11y(page, 'signalen pagina 2');

      await pager.getByRole('button', { name: 'Vorige pagina' }).click();
      await pager.getByText('Signalen 1 tot en met 25; er zijn er meer.').waitFor();
      assert.deepEqual(consoleErrors, []);
    } finally {
      await close();
    }
  });
});
