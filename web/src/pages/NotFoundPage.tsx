import { Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../components/AppLink';
import { PageHeading } from '../components/PageHeading';
import { nl } from '../i18n/nl';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title={nl.app.notFoundTitle} />
      <Paragraph>{nl.app.notFoundText}</Paragraph>
      <Paragraph>
        <AppLink to="/">{nl.app.toStart}</AppLink>
      </Paragraph>
    </>
  );
}
