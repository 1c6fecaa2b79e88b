import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { RevalidantSummary } from '../api/types';
import { formatDateShort, fullName, nl } from '../i18n/nl';

/**
 * The results of an admin's revalidant lookup (names and birth dates only) with a "Kiezen" button
 * per row, and a status line saying who is chosen. Used by the audit page and the portal-account
 * picker; `testId` prefixes the test ids of the table and the status line.
 */
export function RevalidantChoice({
  results,
  chosen,
  onChoose,
  testId,
}: {
  results: RevalidantSummary[] | null;
  chosen: RevalidantSummary | null;
  onChoose: (r: RevalidantSummary) => void;
  testId: string;
}) {
  return (
    <>
      {results ? (
        results.length === 0 ? (
          <Paragraph role="status">{nl.common.noResults}</Paragraph>
        ) : (
          <div className="werkpad-table-scroll">
            <Table data-testid={`${testId}-search-results`}>
              <TableCaption>{nl.audit.searchResults}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{nl.caseload.colName}</TableHeaderCell>
                  <TableHeaderCell scope="col">{nl.caseload.colDateOfBirth}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <span className="werkpad-visually-hidden">{nl.audit.choose}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {results.map((r) => (
                  <TableRow key={r.id}>
                    <TableHeaderCell scope="row">{fullName(r)}</TableHeaderCell>
                    <TableCell>{formatDateShort(r.date_of_birth)}</TableCell>
                    <TableCell>
                      <Button
                        appearance="secondary-action-button"
                        pressed={chosen?.id === r.id}
                        onClick={() => onChoose(r)}
                      >
                        {nl.audit.choose}
                        <span className="werkpad-visually-hidden"> {fullName(r)}</span>
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )
      ) : null}
      <Paragraph role="status" data-testid={`${testId}-chosen`}>
        {chosen ? nl.audit.chosen(fullName(chosen), formatDateShort(chosen.date_of_birth)) : nl.audit.noneChosen}
      </Paragraph>
    </>
  );
}
