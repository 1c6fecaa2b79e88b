import { useState } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { RevalidantSummary } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SearchForm } from '../../components/SearchForm';
import { formatDateShort, fullName, nl } from '../../i18n/nl';
import { useApi } from '../../session/context';

/**
 * Admin: picks the revalidant a portal account is for, by name or date of birth (the admin's
 * lookup returns names and birth dates only). Its own search form: it sits outside the user form.
 */
export function PortalRevalidantPicker({
  inputId,
  chosen,
  onChoose,
  error,
}: {
  inputId: string;
  chosen: RevalidantSummary | null;
  onChoose: (r: RevalidantSummary) => void;
  error?: string | undefined;
}) {
  const api = useApi();
  const [results, setResults] = useState<RevalidantSummary[] | null>(null);
  const [searchError, setSearchError] = useState<unknown>(null);

  const search = async (q: string) => {
    setSearchError(null);
    if (!q) {
      setResults(null);
      return;
    }
    try {
      const r = await api.revalidanten.list(q, { page: 1, page_size: 20 });
      setResults(r.items);
    } catch (err) {
      setResults(null);
      setSearchError(err);
    }
  };

  return (
    <section aria-labelledby="portaal-revalidant-titel" className="werkpad-form-section">
      <Heading level={2} id="portaal-revalidant-titel">
        {nl.users.portalPickTitle}
      </Heading>
      <Paragraph>{nl.users.portalPickIntro}</Paragraph>
      <SearchForm
        id={inputId}
        label={nl.users.portalSearchLabel}
        regionLabel={nl.users.portalSearchRegion}
        initial=""
        onSearch={(q) => void search(q)}
        error={error}
      />
      <ApiErrorAlert error={searchError} />
      {results ? (
        results.length === 0 ? (
          <Paragraph role="status">{nl.common.noResults}</Paragraph>
        ) : (
          <div className="werkpad-table-scroll">
            <Table data-testid="portal-search-results">
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
      <Paragraph role="status" data-testid="portal-chosen">
        {chosen ? nl.audit.chosen(fullName(chosen), formatDateShort(chosen.date_of_birth)) : nl.audit.noneChosen}
      </Paragraph>
    </section>
  );
}
