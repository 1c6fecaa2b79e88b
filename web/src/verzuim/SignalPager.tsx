import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { verzuimText } from '../i18n/verzuim';

const t = verzuimText.signals;

/** Page sizes offered on the signalen dashboard (the API allows 1-500; default 100). */
export const signalPageSizes = [25, 50, 100, 200, 500];

/**
 * Previous/next paging for the signalen dashboard. The list has no total (counting every matching
 * deadline would cost more than the page itself): the server says whether more follow.
 */
export function SignalPager({
  offset,
  limit,
  count,
  more,
  onOffset,
}: {
  offset: number;
  limit: number;
  count: number;
  more: boolean;
  onOffset: (offset: number) => void;
}) {
  if (offset === 0 && !more) return null;
  return (
    <nav aria-label={t.pagerLabel} className="werkpad-pagination" data-testid="signals-pager">
      {count > 0 ? <Paragraph aria-live="polite">{t.pagerStatus(offset + 1, offset + count, more)}</Paragraph> : null}
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
          {t.pagerPrevious}
        </Button>
        <Button appearance="secondary-action-button" disabled={!more} onClick={() => onOffset(offset + limit)}>
          {t.pagerNext}
        </Button>
      </ButtonGroup>
    </nav>
  );
}
