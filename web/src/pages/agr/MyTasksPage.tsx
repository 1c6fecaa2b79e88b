import { useState } from 'react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { Task } from '../../api/agrTypes';
import { TaskTable } from '../../agr/components';
import { agrErrorMessage } from '../../agr/messages';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { agrText } from '../../i18n/agr';
import { nl } from '../../i18n/nl';
import { useApi } from '../../session/context';
import { ContactSignals } from '../../contacts/ContactSignals';

const t = agrText.tasks;

/** "Mijn taken": open tasks (due today and overdue marked), optionally with the done ones. */
export function MyTasksPage() {
  const api = useApi();
  const [all, setAll] = useState(false);
  const [tick, setTick] = useState(0);
  const { data, error, loading } = useLoad(() => api.tasks.mine(all ? 'all' : 'open'), `${all}|${tick}`);
  const [flash, setFlash] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const complete = async (task: Task) => {
    setBusy(task.id);
    setFailure(null);
    try {
      await api.tasks.complete(task.id, task.version);
      setFlash(t.completed);
      setTick((n) => n + 1);
    } catch (e) {
      setFailure(agrErrorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const open = data?.items.filter((x) => x.state !== 'done') ?? [];
  const overdue = open.filter((x) => x.state === 'overdue').length;
  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro}</Paragraph>
      <StatusMessage text={flash} />
      <ApiErrorAlert error={error} />
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      <div className="werkpad-toolbar">
        <Button appearance="secondary-action-button" onClick={() => setAll((v) => !v)} aria-pressed={all}>
          {all ? t.showOpen : t.showAll}
        </Button>
      </div>
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data ? (
        data.items.length === 0 ? (
          <Paragraph role="status">{t.empty}</Paragraph>
        ) : (
          <>
            <Paragraph data-testid="task-summary">{t.summary(open.length, overdue)}</Paragraph>
            <TaskTable tasks={data.items} withRevalidant onComplete={(task) => void complete(task)} busyId={busy} />
          </>
        )
      ) : null}
      <ContactSignals />
    </>
  );
}
