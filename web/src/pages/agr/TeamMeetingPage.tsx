import { useState } from 'react';
import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { agrText, decisionLabels, labelOr, outcomeLabels, stepLabels } from '../../i18n/agr';
import { formatTimestamp, fullName, nl } from '../../i18n/nl';
import { useApi } from '../../session/context';

const t = agrText.meeting;

/** Local datetime-local value ("2026-11-23T09:00") as an RFC 3339 UTC instant. */
function toInstant(local: string): string | undefined {
  if (!local) return undefined;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** "Patiëntenbespreking": every trajectory whose D3/D4 question is due in this meeting. */
export function TeamMeetingPage() {
  const api = useApi();
  const [input, setInput] = useState('');
  const [start, setStart] = useState<string | undefined>(undefined);
  const { data, error, loading } = useLoad(() => api.teamMeeting.get(start), start ?? 'nu');

  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro}</Paragraph>
      <form
        noValidate
        className="werkpad-toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          setStart(toInstant(input));
        }}
      >
        <TextField id="bespreking-start" label={t.startLabel} description={t.startHint} value={input} onChange={setInput} type={'datetime-local' as 'date'} />
        <Button type="submit" appearance="secondary-action-button">
          {t.show}
        </Button>
      </form>
      <ApiErrorAlert error={error} />
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data ? (
        data.items.length === 0 ? (
          <Paragraph role="status">{t.empty}</Paragraph>
        ) : (
          <div className="werkpad-table-scroll">
            <Table data-testid="meeting-table">
              <TableCaption>{t.caption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.colRevalidant}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colQuestion}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colStep}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colLast}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colRic}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((it) => (
                  <TableRow key={it.trajectory_id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={`/trajecten/${it.trajectory_id}`}>{fullName(it.revalidant)}</AppLink>
                    </TableHeaderCell>
                    <TableCell>
                      {labelOr(decisionLabels, it.question)}
                      {it.parked ? (
                        <>
                          <br />
                          <span className="werkpad-parked">{t.parked}</span>
                        </>
                      ) : null}
                    </TableCell>
                    <TableCell>{labelOr(stepLabels, it.step)}</TableCell>
                    <TableCell>
                      {it.last_decision
                        ? `${labelOr(decisionLabels, it.last_decision.kind)}: ${labelOr(outcomeLabels, it.last_decision.outcome)} (${formatTimestamp(it.last_decision.decided_at)})`
                        : nl.common.none}
                    </TableCell>
                    <TableCell>{it.ric?.display_name ?? nl.common.none}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )
      ) : null}
    </>
  );
}
