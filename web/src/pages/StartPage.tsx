import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../components/PageHeading';
import { nl } from '../i18n/nl';
import { useActiveSession } from '../session/context';

/** Start page for revalidant, werkgever, bedrijfsarts and partners; their portal comes later. */
export function StartPage() {
  const session = useActiveSession();
  return (
    <>
      <PageHeading title={nl.start.title} />
      <Paragraph lead>{nl.start.externalIntro(session.user.display_name)}</Paragraph>
      <Paragraph>{nl.start.externalText}</Paragraph>
      <Paragraph>{nl.start.externalPrivacy}</Paragraph>
    </>
  );
}
