import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { taskTitle } from '../agr/components';
import { AppLink } from '../components/AppLink';
import { useLoad } from '../components/useLoad';
import { labelOr, momentPartyLabelsOr } from './labels';
import { contactText as t } from '../i18n/contacts';
import { formatDateShort, fullName, nl } from '../i18n/nl';
import { useApi } from '../session/context';
import { contactErrorMessage } from './logic';

/** "Signalen contactmomenten": overdue and nearly due contact moments of the user's revalidanten. */
export function ContactSignals() {
  const api = useApi();
  const { data, error, loading } = useLoad(() => api.contactSignals(), 'signals');
  return (
    <section aria-labelledby="contact-signalen-titel" className="werkpad-section" data-testid="contact-signals">
      <Heading level={2} id="contact-signalen-titel">
        {t.signalsTitle}
      </Heading>
      {error ? <Paragraph role="alert">{contactErrorMessage(error)}</Paragraph> : null}
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data ? (
        <>
          <Paragraph>{t.signalsIntro(data.days)}</Paragraph>
          {data.items.length === 0 ? (
            <Paragraph>{t.signalsEmpty}</Paragraph>
          ) : (
            <div className="werkpad-table-scroll">
              <Table>
                <TableCaption>{t.signalsCaption}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t.colMoment}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colRevalidant}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colParty}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colDue}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colState}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.items.map((s) => (
                    <TableRow key={s.task.id} data-state={s.state}>
                      <TableHeaderCell scope="row">{taskTitle(s.task)}</TableHeaderCell>
                      <TableCell>
                        <AppLink to={`/trajecten/${s.trajectory_id}`}>{fullName(s.task.revalidant)}</AppLink>
                      </TableCell>
                      <TableCell>{momentPartyLabelsOr(s.task.contact_moment?.party)}</TableCell>
                      <TableCell>{formatDateShort(s.task.due)}</TableCell>
                      <TableCell>
                        <span className={`werkpad-task-state werkpad-task-state--${s.state}`}>
                          {labelOr(t.signalStates, s.state)}
                        </span>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
