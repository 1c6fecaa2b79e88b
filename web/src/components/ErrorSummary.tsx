import { useEffect, useRef } from 'react';
import { Alert, Heading, Link, UnorderedList, UnorderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { ShownError } from '../forms/formState';
import { nl } from '../i18n/nl';

/**
 * The list of errors at the top of a form (GOV.UK / NL Design System pattern). Takes focus when
 * it appears or changes, so screen-reader and keyboard users land on it; each entry links to its
 * input and moves focus there.
 */
export function ErrorSummary({
  errors,
  headingLevel = 2,
  focusKey,
}: {
  errors: ShownError[];
  headingLevel?: number;
  /** Changes on every submit, so a repeated failure takes focus again. */
  focusKey?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors, focusKey]);
  if (!errors.length) return null;
  return (
    <div ref={ref} tabIndex={-1} className="werkpad-error-summary">
      <Alert type="error" role="alert">
        <Heading level={headingLevel}>
          {nl.common.errorSummaryTitle}
        </Heading>
        <Paragraph>{nl.common.errorSummaryIntro}</Paragraph>
        <UnorderedList>
          {errors.map((e, i) => (
            <UnorderedListItem key={`${e.path}-${i}`}>
              {e.targetId ? (
                <Link
                  href={`#${e.targetId}`}
                  onClick={(ev) => {
                    const el = document.getElementById(e.targetId!);
                    if (el) {
                      ev.preventDefault();
                      el.focus();
                      el.scrollIntoView({ block: 'center' });
                    }
                  }}
                >
                  {e.message}
                </Link>
              ) : (
                e.message
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}
