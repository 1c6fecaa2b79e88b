import { Alert, Code, DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { nl } from '../../i18n/nl';

/** A password shown once (initial or temporary), with the warning that it will not come back. */
export function OneTimeSecret({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Alert type="warning" role="none">
      <DataList>
        <DataListItem>
          <DataListKey>{label}</DataListKey>
          <DataListValue>
            <Code data-testid={testId} className="werkpad-secret">
              {value}
            </Code>
          </DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph>{nl.common.showOnce}</Paragraph>
    </Alert>
  );
}
