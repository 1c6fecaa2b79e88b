import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '@utrecht/component-library-react';
import { pageTitle } from '../i18n/nl';

/**
 * The page's h1. Sets document.title and moves focus to the heading when the page opens, so
 * screen readers announce the new page after client-side navigation.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = pageTitle(title);
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <Heading level={1} ref={ref} tabIndex={-1} className="werkpad-page-heading">
      {children ?? title}
    </Heading>
  );
}
