import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '@utrecht/component-library-react';
import { pageTitle } from '../i18n/nl';

// False until the first page of this load has rendered: a fresh load leaves focus at the top of
// the document (so the skip link comes first); later page changes move focus to the new h1.
let navigatedBefore = false;

/**
 * The page's h1. Sets document.title and, after client-side navigation, moves focus to the
 * heading so screen readers announce the new page.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = pageTitle(title);
    if (navigatedBefore) ref.current?.focus({ preventScroll: false });
    navigatedBefore = true;
  }, [title]);
  return (
    <Heading level={1} ref={ref} tabIndex={-1} className="werkpad-page-heading">
      {children ?? title}
    </Heading>
  );
}
