import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@utrecht/component-library-react';
import { nl } from '../i18n/nl';
import { TextField } from './Field';

/** A search landmark with one text field and a submit button. */
export function SearchForm({
  id,
  label,
  description,
  regionLabel,
  initial,
  onSearch,
  children,
  error,
}: {
  id: string;
  label: string;
  description?: string;
  regionLabel: string;
  initial: string;
  onSearch: (q: string) => void;
  children?: ReactNode;
  error?: string | undefined;
}) {
  const [q, setQ] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(q.trim());
  };
  return (
    <form role="search" aria-label={regionLabel} onSubmit={submit} className="werkpad-search" noValidate>
        <TextField id={id} label={label} description={description} type="search" value={q} onChange={setQ} spellCheck={false} error={error} />
        {children}
        <div className="werkpad-search__button">
          <Button type="submit" appearance="secondary-action-button">
            {nl.common.search}
          </Button>
        </div>
    </form>
  );
}
