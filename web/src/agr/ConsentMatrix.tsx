import {
  Button,
  ButtonGroup,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Consent, ConsentCell } from '../api/agrTypes';
import { agrText, consentStatusLabels, infoKindLabels, labelOr, partyLabel } from '../i18n/agr';
import { formatTimestamp } from '../i18n/nl';

const t = agrText.consent;

export interface ConsentActions {
  setCell?: (party: string, kind: string, granted: boolean) => void;
  withdraw?: (party: string, kind: string) => void;
  removeParty?: (party: string) => void;
}

function Cell({ cell, actions, busy }: { cell: ConsentCell; actions: ConsentActions; busy: boolean }) {
  const p = partyLabel(cell.party);
  const k = labelOr(infoKindLabels, cell.kind);
  return (
    <TableCell data-party={cell.party} data-kind={cell.kind} data-status={cell.status} className={`werkpad-consent-cell werkpad-consent-cell--${cell.status}`}>
      <strong>{labelOr(consentStatusLabels, cell.status)}</strong>
      {cell.status === 'granted' ? <span className="werkpad-consent-effective"> ({cell.effective ? t.effective : t.notEffective})</span> : null}
      {cell.recorded_by && cell.recorded_at ? (
        <div className="werkpad-consent-meta">{t.recorded(cell.recorded_by.display_name, formatTimestamp(cell.recorded_at))}</div>
      ) : null}
      <ButtonGroup className="werkpad-consent-actions">
        {actions.setCell && cell.status !== 'granted' ? (
          <Button appearance="subtle-button" disabled={busy} aria-label={t.setYesFor(p, k)} onClick={() => actions.setCell!(cell.party, cell.kind, true)}>
            {t.setYes}
          </Button>
        ) : null}
        {actions.setCell && cell.status !== 'refused' && cell.status !== 'granted' ? (
          <Button appearance="subtle-button" disabled={busy} aria-label={t.setNoFor(p, k)} onClick={() => actions.setCell!(cell.party, cell.kind, false)}>
            {t.setNo}
          </Button>
        ) : null}
        {actions.withdraw && cell.status === 'granted' ? (
          <Button appearance="subtle-button" disabled={busy} aria-label={t.withdrawFor(p, k)} onClick={() => actions.withdraw!(cell.party, cell.kind)}>
            {t.withdraw}
          </Button>
        ) : null}
      </ButtonGroup>
    </TableCell>
  );
}

/** Parties × information kinds, each cell with status, who/when and the allowed actions. */
export function ConsentMatrix({ consent, actions, busy = false }: { consent: Consent; actions: ConsentActions; busy?: boolean }) {
  const cellAt = (party: string, kind: string) => consent.cells.find((c) => c.party === party && c.kind === kind);
  return (
    <div className="werkpad-table-scroll">
      <Table data-testid="consent-matrix" className="werkpad-consent">
        <TableCaption>{t.matrixCaption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colParty}</TableHeaderCell>
            {consent.kinds.map((k) => (
              <TableHeaderCell key={k} scope="col">
                {labelOr(infoKindLabels, k)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {consent.parties.map((p) => (
            <TableRow key={p} data-party={p}>
              <TableHeaderCell scope="row">
                {partyLabel(p)}
                {actions.removeParty && !consent.cells.some((c) => c.party === p && c.status === 'granted') ? (
                  <div>
                    <Button appearance="subtle-button" disabled={busy} aria-label={t.removePartyFor(partyLabel(p))} onClick={() => actions.removeParty!(p)}>
                      {t.removeParty}
                    </Button>
                  </div>
                ) : null}
              </TableHeaderCell>
              {consent.kinds.map((k) => {
                const c = cellAt(p, k);
                return c ? (
                  <Cell key={k} cell={c} actions={actions} busy={busy} />
                ) : (
                  <TableCell key={k} className="werkpad-consent-cell werkpad-consent-cell--na">
                    {t.notApplicable}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
