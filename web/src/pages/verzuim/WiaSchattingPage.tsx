import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import type { WiaEstimate } from '../../api/verzuimTypes';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import type { ShownError } from '../../forms/formState';
import { wiaText } from '../../i18n/verzuim';
import { useApi } from '../../session/context';
import {
  checkWiaForm,
  emptyWiaForm,
  explainOutcome,
  formatEuros,
  formatPercentage,
  wiaInputId,
  wiaServerErrors,
  type WiaForm,
} from '../../verzuim/wia';
import { WiaBegeleidingSection } from '../../verzuim/WiaBegeleidingSection';

const t = wiaText;

/** "WIA-schatting": AO% and outcome from figures the user enters (POST /wia/schatting). */
export function WiaSchattingPage() {
  const api = useApi();
  const [form, setForm] = useState<WiaForm>(emptyWiaForm);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [result, setResult] = useState<{ estimate: WiaEstimate; duurzaam: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const set = (patch: Partial<WiaForm>) => setForm((old) => ({ ...old, ...patch }));
  const errorAt = (path: string) => errors.find((e) => e.path === path)?.message;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setOther(null);
    setResult(null);
    const checked = checkWiaForm(form);
    setErrors(checked.errors);
    if (!checked.input) return;
    setBusy(true);
    try {
      const estimate = await api.verzuim.estimateWia(checked.input);
      setResult({ estimate, duurzaam: checked.input.duurzaam });
    } catch (err) {
      const shown = wiaServerErrors(err);
      if (shown.length) setErrors(shown);
      else setOther(err);
    } finally {
      setBusy(false);
    }
  };

  const explained = result ? explainOutcome(result.estimate.uitkomst, result.duurzaam, result.estimate.ao_percentage) : null;
  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro}</Paragraph>
      <Paragraph>{t.ruleSummary}</Paragraph>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <ApiErrorAlert error={other} />
      <form onSubmit={submit} noValidate className="werkpad-form" aria-label={t.title}>
        <TextField
          id={wiaInputId('maatmanloon')}
          label={t.maatmanloon}
          description={t.maatmanloonHint}
          inputMode="decimal"
          value={form.maatmanloon}
          onChange={(v) => set({ maatmanloon: v })}
          required
          error={errorAt('maatmanloon')}
        />
        <RadioGroupField
          id="wia-mode"
          label={t.mode}
          value={form.mode}
          onChange={(v) => set({ mode: v === 'functions' ? 'functions' : 'known' })}
          options={[
            { value: 'known', label: t.modeKnown },
            { value: 'functions', label: t.modeFunctions, description: t.modeFunctionsHint },
          ]}
        />
        {form.mode === 'known' ? (
          <TextField
            id={wiaInputId('restverdiencapaciteit')}
            label={t.restverdiencapaciteit}
            inputMode="decimal"
            value={form.restverdiencapaciteit}
            onChange={(v) => set({ restverdiencapaciteit: v })}
            required
            error={errorAt('restverdiencapaciteit')}
          />
        ) : (
          <Fieldset className="werkpad-field" data-testid="wia-functions">
            <FieldsetLegend>{t.functions}</FieldsetLegend>
            {errorAt('functielonen') ? <Paragraph role="alert">{errorAt('functielonen')}</Paragraph> : null}
            {form.functielonen.map((wage, i) => (
              <div key={i} className="werkpad-row">
                <TextField
                  id={wiaInputId(`functielonen[${i}]`)}
                  label={t.functionN(i + 1)}
                  inputMode="decimal"
                  value={wage}
                  onChange={(v) => set({ functielonen: form.functielonen.map((w, j) => (j === i ? v : w)) })}
                  error={errorAt(`functielonen[${i}]`)}
                />
                <Button
                  type="button"
                  appearance="subtle-button"
                  onClick={() => set({ functielonen: form.functielonen.filter((_, j) => j !== i) })}
                >
                  {t.removeFunction(i + 1)}
                </Button>
              </div>
            ))}
            <Button type="button" appearance="secondary-action-button" onClick={() => set({ functielonen: [...form.functielonen, ''] })}>
              {t.addFunction}
            </Button>
          </Fieldset>
        )}
        <RadioGroupField
          id={wiaInputId('duurzaam')}
          label={t.duurzaam}
          value={form.duurzaam}
          onChange={(v) => set({ duurzaam: v === 'ja' ? 'ja' : 'nee' })}
          required
          error={errorAt('duurzaam')}
          options={[
            { value: 'ja', label: t.duurzaamJa },
            { value: 'nee', label: t.duurzaamNee },
          ]}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t.submit}
          </Button>
        </ButtonGroup>
      </form>
      <div role="status" data-testid="wia-result">
        {result && explained ? (
          <>
            <Heading level={2} id="wia-uitkomst-titel">
              {t.resultTitle}
            </Heading>
            <Paragraph data-testid="wia-ao">
              <strong>{t.aoPercentage}:</strong> {formatPercentage(result.estimate.ao_percentage)} ({t.roundedDown})
            </Paragraph>
            <Paragraph>
              <strong>{t.rvcUsed}:</strong> {formatEuros(result.estimate.restverdiencapaciteit)}
            </Paragraph>
            {result.estimate.gebruikte_functielonen.length ? (
              <Paragraph>
                <strong>{t.functionsUsed}:</strong> {result.estimate.gebruikte_functielonen.map(formatEuros).join(', ')}
              </Paragraph>
            ) : null}
            <Paragraph data-testid="wia-outcome">
              <strong>{t.outcome}:</strong> {explained.label}
            </Paragraph>
            <Paragraph data-testid="wia-rule">{explained.rule}</Paragraph>
          </>
        ) : null}
      </div>
      <WiaBegeleidingSection />
    </>
  );
}
