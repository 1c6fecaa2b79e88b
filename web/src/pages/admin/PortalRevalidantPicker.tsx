import { useState } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { RevalidantSummary } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { RevalidantChoice } from '../../components/RevalidantChoice';
import { SearchForm } from '../../components/SearchForm';
import { nl } from '../../i18n/nl';
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
      <RevalidantChoice results={results} chosen={chosen} onChoose={onChoose} testId="portal" />
    </section>
  );
}
