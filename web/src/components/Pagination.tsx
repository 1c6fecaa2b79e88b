import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { pageCount } from '../forms/formState';
import { nl } from '../i18n/nl';

export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = pageCount(total, pageSize);
  return (
    <nav aria-label={nl.pagination.label} className="werkpad-pagination">
      <Paragraph aria-live="polite">{nl.pagination.status(page, pages, total)}</Paragraph>
      {pages > 1 ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {nl.pagination.previous}
          </Button>
          <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            {nl.pagination.next}
          </Button>
        </ButtonGroup>
      ) : null}
    </nav>
  );
}
