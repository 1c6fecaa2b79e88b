import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { AgeCheck, D3Checklist, Decision, RouteEntry, Task } from '../api/agrTypes';
import { AppLink } from '../components/AppLink';
import {
  agrText,
  decisionLabels,
  endReasonLabels,
  labelOr,
  outcomeLabels,
  progressLabels,
  reasonLabels,
  stepLabels,
  taskLabels,
} from '../i18n/agr';
import { formatDate, formatDateShort, formatTimestamp, fullName } from '../i18n/nl';
import { D3_CRITERIA } from './route';

const t = agrText;

/** The six working steps as an ordered list with their status (done / current / next …). */
export function RouteSteps({ route }: { route: RouteEntry[] }) {
  return (
    <OrderedList className="werkpad-route" aria-label={t.traj.routeLabel} data-testid="route">
      {route.map((r) => (
        <OrderedListItem
          key={r.step}
          className={`werkpad-route__step werkpad-route__step--${r.status}`}
          aria-current={r.status === 'current' ? 'step' : undefined}
          data-status={r.status}
        >
          <span className="werkpad-route__name">{labelOr(stepLabels, r.step)}</span>{' '}
          <span className="werkpad-route__status">{labelOr(progressLabels, r.status)}</span>
          {r.without_employer ? <span className="werkpad-route__note"> ({t.traj.withoutEmployer})</span> : null}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}

/**
 * The age at the intake against 18 and the AOW age for the birth date, with a warning when the
 * revalidant is outside the AGR target group (handbook h3 "tussen de 18 en 67 jaar").
 */
export function AgeInfo({ age }: { age: AgeCheck | null }) {
  if (!age) return <Paragraph data-testid="age-info">{t.traj.ageUnknown}</Paragraph>;
  const warning = age.under_18
    ? t.traj.ageUnder18(formatDate(age.eighteenth_birthday))
    : age.aow_age_reached
      ? t.traj.ageAowReached
      : null;
  return (
    <div data-testid="age-info" data-status={age.status} className="werkpad-age">
      <Paragraph>
        <strong>{t.traj.ageTitle}: </strong>
        {t.traj.ageOn(age.age_years, formatDate(age.on))}
      </Paragraph>
      <Paragraph data-testid="aow-line">{t.traj.aowLine(age.aow_age.years, age.aow_age.months, formatDate(age.aow_date))}</Paragraph>
      {!age.aow_age.fixed ? <Paragraph>{t.traj.aowProvisional}</Paragraph> : null}
      {warning ? (
        <Alert type="warning">
          <Paragraph data-testid="age-warning">{warning}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>{t.traj.ageWithin}</Paragraph>
      )}
      <Paragraph className="werkpad-source">{t.traj.ageSource(age.source)}</Paragraph>
    </div>
  );
}

const ANSWER_LABEL: Record<string, string> = {
  voldoet: t.decision.criterionStates.voldaan ?? 'voldaan',
  voldoet_niet: t.decision.criterionStates.niet_voldaan ?? 'niet voldaan',
  onbekend: t.decision.criterionStates.onbekend ?? 'onbekend',
};

/** The stored D3 checklist: each criterion, the prognosis and the system's suggestion. */
function ChecklistSummary({ checklist, outcome }: { checklist: D3Checklist; outcome: string }) {
  const suggestion = checklist.suggested_outcome
    ? labelOr(outcomeLabels, checklist.suggested_outcome) +
      (checklist.suggested_reason ? ` (${labelOr(reasonLabels, checklist.suggested_reason)})` : '')
    : t.traj.suggestionNone;
  return (
    <>
      <DataListItem>
        <DataListKey>{t.traj.checklistLabel}</DataListKey>
        <DataListValue>
          <ul className="werkpad-checklist-summary" data-testid="checklist-summary">
            {D3_CRITERIA.map((c) => (
              <li key={c}>
                {t.decision.criteria[c] ?? c}: {ANSWER_LABEL[checklist[c]] ?? checklist[c]}
              </li>
            ))}
            <li>{t.traj.prognosisValue(checklist.herstel_binnen_drie_maanden)}</li>
          </ul>
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t.traj.suggestionLabel}</DataListKey>
        <DataListValue>
          <span data-testid="checklist-suggestion" data-outcome={outcome}>
            {`${suggestion}.`}
            {checklist.differs_from_suggestion ? ` ${t.traj.differsFromSuggestion}` : ''}
          </span>
        </DataListValue>
      </DataListItem>
    </>
  );
}

/** The decisions of a trajectory, oldest first, with who, when, reason and note. */
export function DecisionTimeline({ decisions }: { decisions: Decision[] }) {
  if (!decisions.length) return <Paragraph>{t.traj.timelineEmpty}</Paragraph>;
  return (
    <OrderedList className="werkpad-timeline" data-testid="timeline">
      {decisions.map((d) => (
        <OrderedListItem key={d.seq} className="werkpad-timeline__entry">
          <Heading level={3}>{labelOr(decisionLabels, d.kind)}</Heading>
          <Paragraph>
            {t.traj.timelineEntry(labelOr(outcomeLabels, d.outcome), d.decided_by.display_name, formatTimestamp(d.decided_at))}{' '}
            {t.traj.fromTo(labelOr(stepLabels, d.from), labelOr(stepLabels, d.to))}
          </Paragraph>
          {d.reason || d.end_reason || d.note || d.contacts || d.checklist || d.folder_handed_out !== null ? (
            <DataList>
              {d.reason ? (
                <DataListItem>
                  <DataListKey>{t.traj.reason}</DataListKey>
                  <DataListValue>{labelOr(reasonLabels, d.reason)}</DataListValue>
                </DataListItem>
              ) : null}
              {d.end_reason ? (
                <DataListItem>
                  <DataListKey>{t.traj.endReason}</DataListKey>
                  <DataListValue>{labelOr(endReasonLabels, d.end_reason)}</DataListValue>
                </DataListItem>
              ) : null}
              {d.contacts ? (
                <DataListItem>
                  <DataListKey>{t.traj.contacts}</DataListKey>
                  <DataListValue>{t.traj.contactsValue(d.contacts.werkgever, d.contacts.bedrijfsarts)}</DataListValue>
                </DataListItem>
              ) : null}
              {d.checklist ? <ChecklistSummary checklist={d.checklist} outcome={d.outcome} /> : null}
              {d.folder_handed_out !== null && d.folder_handed_out !== undefined ? (
                <DataListItem>
                  <DataListKey>{t.traj.folderTimelineLabel}</DataListKey>
                  <DataListValue>
                    <span data-testid="folder-mark">{d.folder_handed_out ? t.traj.folderGiven : t.traj.folderNotGiven}</span>
                  </DataListValue>
                </DataListItem>
              ) : null}
              {d.note ? (
                <DataListItem>
                  <DataListKey>{t.traj.note}</DataListKey>
                  <DataListValue>{d.note}</DataListValue>
                </DataListItem>
              ) : null}
            </DataList>
          ) : null}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}

export function taskTitle(task: Task): string {
  return labelOr(taskLabels, task.key);
}

/** Tasks in a table; `withRevalidant` adds a column with a link to the trajectory. */
export function TaskTable({
  tasks,
  withRevalidant,
  onComplete,
  busyId,
}: {
  tasks: Task[];
  withRevalidant: boolean;
  onComplete: ((task: Task) => void) | null;
  busyId?: number | null;
}) {
  return (
    <div className="werkpad-table-scroll">
      <Table data-testid="task-table">
        <TableCaption>{t.tasks.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.tasks.colTask}</TableHeaderCell>
            {withRevalidant ? <TableHeaderCell scope="col">{t.tasks.colRevalidant}</TableHeaderCell> : null}
            <TableHeaderCell scope="col">{t.tasks.colDue}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.tasks.colState}</TableHeaderCell>
            {onComplete ? <TableHeaderCell scope="col">{t.tasks.colAction}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {tasks.map((task) => (
            <TableRow key={task.id} data-state={task.state}>
              <TableHeaderCell scope="row">
                {task.form ? (
                  <AppLink to={`/trajecten/${task.trajectory_id}/formulieren/${task.form}`}>{taskTitle(task)}</AppLink>
                ) : (
                  taskTitle(task)
                )}
              </TableHeaderCell>
              {withRevalidant ? (
                <TableCell>
                  <AppLink to={`/trajecten/${task.trajectory_id}`}>{fullName(task.revalidant)}</AppLink>
                </TableCell>
              ) : null}
              <TableCell>{formatDateShort(task.due)}</TableCell>
              <TableCell>
                <span className={`werkpad-task-state werkpad-task-state--${task.state}`}>
                  {labelOr(t.tasks.states, task.state)}
                </span>
              </TableCell>
              {onComplete ? (
                <TableCell>
                  {task.state !== 'done' ? (
                    <Button
                      appearance="secondary-action-button"
                      aria-label={t.tasks.completeFor(taskTitle(task))}
                      disabled={busyId === task.id}
                      onClick={() => onComplete(task)}
                    >
                      {t.tasks.complete}
                    </Button>
                  ) : (
                    formatDateShort(task.done_at?.slice(0, 10))
                  )}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
