import {
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
import type { Decision, RouteEntry, Task } from '../api/agrTypes';
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
import { formatDateShort, formatTimestamp, fullName } from '../i18n/nl';

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
          {d.reason || d.end_reason || d.note || d.contacts ? (
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
