import { useState, type ReactNode } from 'react';
import {
  Button,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { agr, durationUnitLabels, formFieldError as agrFieldError, partyLabel, partyLabels } from '../../i18n/agr';
import { formatDate as formatDateNl, nl } from '../../i18n/nl';
import {
  enabledPaths,
  fieldDomId,
  formatDutchNumber,
  isAnswered,
  isDuration,
  maxLength,
  maxRows,
  parseDutchNumber,
  type AnswerValue,
  type Answers,
  type DurationUnit,
  type FormDefinition,
  type FormItem,
  type Row,
} from './model';

// One generic renderer for every form definition (docs/agr-route.md §4). Items whose
// enable-when does not hold are not shown; their draft answers are kept (the server drops them
// on finalise). Every input has an id derived from its field path, so server errors
// (`items.contacten[1].telefoon`) land at the right input and the error summary can link to it.

/** An error shown at one input: the path as the server names it and a Dutch sentence. */
export interface ShownFormError {
  path: string;
  message: string;
}

interface Ctx {
  prefix: string;
  enabled: Map<string, boolean>;
  errors: ShownFormError[];
  readOnly: boolean;
  /** Local (client-side) input errors such as "not a number", keyed by DOM id. */
  setLocalError: (id: string, message: string | null) => void;
  localErrors: Record<string, string>;
}

function describedBy(id: string, help: boolean, error: boolean): string | undefined {
  const ids = [help ? `${id}-beschrijving` : null, error ? `${id}-fout` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function errorFor(ctx: Ctx, path: string, id: string): string | undefined {
  const msgs = ctx.errors.filter((e) => fieldDomId(ctx.prefix, e.path) === id || e.path === path).map((e) => e.message);
  const local = ctx.localErrors[id];
  if (local) msgs.push(local);
  return msgs.length ? [...new Set(msgs)].join(' ') : undefined;
}

function HelpAndError({ id, help, error }: { id: string; help?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {help ? (
        <FormFieldDescription className="utrecht-form-field__description" id={`${id}-beschrijving`}>
          {help}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage className="utrecht-form-field__error-message" id={`${id}-fout`}>
          {error}
        </FormFieldErrorMessage>
      ) : null}
    </>
  );
}

function RequiredMark({ item }: { item: FormItem }) {
  return item.required ? <span className="werkpad-required"> {nl.common.required}</span> : null;
}

function LabelFor({ id, item, suffix }: { id: string; item: FormItem; suffix?: string | undefined }) {
  return (
    <div className="utrecht-form-field__label">
      <FormLabel htmlFor={id}>
        {item.label}
        {suffix ? ` (${suffix})` : null}
        <RequiredMark item={item} />
      </FormLabel>
    </div>
  );
}

interface FieldProps {
  item: FormItem;
  id: string;
  path: string;
  value: AnswerValue | undefined;
  set: (v: AnswerValue | undefined) => void;
  ctx: Ctx;
}

function TextItem({ item, id, path, value, set, ctx }: FieldProps) {
  const error = errorFor(ctx, path, id);
  const max = maxLength(item);
  const text = typeof value === 'string' ? value : '';
  const long = item.type === 'long_text';
  const help = [item.help, long ? agr.form.maxChars(max) : null].filter(Boolean).join(' ');
  return (
    <FormField invalid={!!error} type="text" className="werkpad-field">
      <LabelFor id={id} item={item} />
      <HelpAndError id={id} help={help || undefined} error={error} />
      <div className="utrecht-form-field__input">
        {long ? (
          <Textarea
            id={id}
            name={id}
            value={text}
            rows={4}
            invalid={!!error}
            required={item.required}
            readOnly={ctx.readOnly}
            aria-describedby={describedBy(id, !!help, !!error)}
            onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)}
          />
        ) : (
          <Textbox
            id={id}
            name={id}
            value={text}
            maxLength={max}
            invalid={!!error}
            required={item.required}
            readOnly={ctx.readOnly}
            autoComplete="off"
            aria-describedby={describedBy(id, !!help, !!error)}
            onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)}
          />
        )}
      </div>
    </FormField>
  );
}

function DateItem({ item, id, path, value, set, ctx }: FieldProps) {
  const error = errorFor(ctx, path, id);
  return (
    <FormField invalid={!!error} type="text" className="werkpad-field">
      <LabelFor id={id} item={item} />
      <HelpAndError id={id} help={item.help} error={error} />
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          name={id}
          type="date"
          value={typeof value === 'string' ? value : ''}
          invalid={!!error}
          required={item.required}
          readOnly={ctx.readOnly}
          aria-describedby={describedBy(id, !!item.help, !!error)}
          onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)}
        />
      </div>
    </FormField>
  );
}

function NumberItem({ item, id, path, value, set, ctx }: FieldProps) {
  const [text, setText] = useState(typeof value === 'number' ? formatDutchNumber(value) : '');
  const error = errorFor(ctx, path, id);
  const help = [item.help, agr.form.numberHint(item.unit, item.min, item.max, item.decimals)].filter(Boolean).join(' ');
  return (
    <FormField invalid={!!error} type="text" className="werkpad-field">
      <LabelFor id={id} item={item} suffix={item.unit} />
      <HelpAndError id={id} help={help || undefined} error={error} />
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          name={id}
          value={text}
          inputMode={item.decimals ? 'decimal' : 'numeric'}
          size={8}
          invalid={!!error}
          required={item.required}
          readOnly={ctx.readOnly}
          autoComplete="off"
          aria-describedby={describedBy(id, !!help, !!error)}
          onChange={(e) => {
            setText(e.target.value);
            const n = parseDutchNumber(e.target.value);
            if (n === null) {
              ctx.setLocalError(id, null);
              set(undefined);
            } else if (Number.isNaN(n)) {
              ctx.setLocalError(id, agrFieldError(item.label, 'not_a_number'));
              set(undefined);
            } else {
              ctx.setLocalError(id, null);
              set(n);
            }
          }}
        />
      </div>
    </FormField>
  );
}

function DurationItem({ item, id, path, value, set, ctx }: FieldProps) {
  const dur = isDuration(value) ? value : null;
  const units = (item.units ?? []) as DurationUnit[];
  const [amountText, setAmountText] = useState(dur ? String(dur.amount) : '');
  const [unit, setUnit] = useState<DurationUnit>(dur?.unit ?? units[0] ?? 'weeks');
  const error = errorFor(ctx, path, id);
  const legendId = `${id}-legenda`;
  const help = [item.help, agr.form.durationHint(item.min ?? 0, item.max)].filter(Boolean).join(' ');
  const emit = (text: string, u: DurationUnit) => {
    const t = text.trim();
    if (t === '') {
      ctx.setLocalError(id, null);
      set(undefined);
    } else if (!/^\d+$/.test(t)) {
      ctx.setLocalError(id, agrFieldError(item.label, 'not_whole'));
      set(undefined);
    } else {
      ctx.setLocalError(id, null);
      set({ amount: Number(t), unit: u });
    }
  };
  return (
    <Fieldset
      invalid={!!error}
      aria-labelledby={legendId}
      aria-describedby={describedBy(id, !!help, !!error)}
      className="werkpad-field werkpad-duration"
    >
      <FieldsetLegend id={legendId}>
        {item.label}
        <RequiredMark item={item} />
      </FieldsetLegend>
      <HelpAndError id={id} help={help} error={error} />
      <div className="werkpad-duration__inputs">
        <FormField type="text" className="werkpad-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={id}>{agr.form.amount}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Textbox
              id={id}
              name={id}
              value={amountText}
              inputMode="numeric"
              size={5}
              invalid={!!error}
              readOnly={ctx.readOnly}
              autoComplete="off"
              onChange={(e) => {
                setAmountText(e.target.value);
                emit(e.target.value, unit);
              }}
            />
          </div>
        </FormField>
        <FormField type="text" className="werkpad-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={`${id}-eenheid`}>{agr.form.unit}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select
              id={`${id}-eenheid`}
              name={`${id}-eenheid`}
              value={unit}
              disabled={ctx.readOnly}
              onChange={(e) => {
                const u = e.target.value as DurationUnit;
                setUnit(u);
                emit(amountText, u);
              }}
            >
              {units.map((u) => (
                <SelectOption key={u} value={u}>
                  {durationUnitLabels[u]?.many ?? u}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
      </div>
    </Fieldset>
  );
}

function ChoiceGroup({
  item,
  id,
  path,
  ctx,
  options,
  selected,
  multiple,
  onPick,
  clear,
}: {
  item: FormItem;
  id: string;
  path: string;
  ctx: Ctx;
  options: { value: string; label: string }[];
  selected: (v: string) => boolean;
  multiple: boolean;
  onPick: (v: string, on: boolean) => void;
  clear: (() => void) | null;
}) {
  const error = errorFor(ctx, path, id);
  const legendId = `${id}-legenda`;
  return (
    <Fieldset
      invalid={!!error}
      aria-labelledby={legendId}
      aria-describedby={describedBy(id, !!item.help, !!error)}
      className="werkpad-field"
    >
      <FieldsetLegend id={legendId}>
        {item.label}
        <RequiredMark item={item} />
      </FieldsetLegend>
      <HelpAndError id={id} help={item.help} error={error} />
      {options.map((o, i) => {
        const optionId = i === 0 ? id : `${id}-${o.value}`;
        const on = selected(o.value);
        return (
          <FormField key={o.value} type={multiple ? 'checkbox' : 'radio'} className="werkpad-option">
            <div className="utrecht-form-field__input">
              {multiple ? (
                <Checkbox
                  id={optionId}
                  name={id}
                  checked={on}
                  disabled={ctx.readOnly}
                  invalid={!!error}
                  appearance="custom"
                  onChange={(e) => onPick(o.value, e.target.checked)}
                />
              ) : (
                <RadioButton
                  id={optionId}
                  name={id}
                  value={o.value}
                  checked={on}
                  disabled={ctx.readOnly}
                  invalid={!!error}
                  onChange={() => onPick(o.value, true)}
                />
              )}
            </div>
            <div className={`utrecht-form-field__label utrecht-form-field__label--${multiple ? 'checkbox' : 'radio'}`}>
              <FormLabel htmlFor={optionId} type={multiple ? 'checkbox' : 'radio'} checked={on}>
                {o.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
      {clear && !ctx.readOnly ? (
        <Button appearance="subtle-button" className="werkpad-clear" aria-label={agr.form.clearFor(item.label)} onClick={clear}>
          {agr.form.clear}
        </Button>
      ) : null}
    </Fieldset>
  );
}

function YesNoItem({ item, id, path, value, set, ctx }: FieldProps) {
  const current = value === true ? 'ja' : value === false ? 'nee' : '';
  return (
    <ChoiceGroup
      item={item}
      id={id}
      path={path}
      ctx={ctx}
      options={[
        { value: 'ja', label: agr.form.yes },
        { value: 'nee', label: agr.form.no },
      ]}
      selected={(v) => v === current}
      multiple={false}
      onPick={(v) => set(v === 'ja')}
      clear={current !== '' && !item.required ? () => set(undefined) : null}
    />
  );
}

function SingleChoiceItem({ item, id, path, value, set, ctx }: FieldProps) {
  const current = typeof value === 'string' ? value : '';
  return (
    <ChoiceGroup
      item={item}
      id={id}
      path={path}
      ctx={ctx}
      options={(item.options ?? []).map((o) => ({ value: o.code, label: o.label }))}
      selected={(v) => v === current}
      multiple={false}
      onPick={(v) => set(v)}
      clear={current !== '' && !item.required ? () => set(undefined) : null}
    />
  );
}

function MultipleChoiceItem({ item, id, path, value, set, ctx }: FieldProps) {
  const current = Array.isArray(value) ? (value as string[]) : [];
  const order = (item.options ?? []).map((o) => o.code);
  return (
    <ChoiceGroup
      item={item}
      id={id}
      path={path}
      ctx={ctx}
      options={(item.options ?? []).map((o) => ({ value: o.code, label: o.label }))}
      selected={(v) => current.includes(v)}
      multiple
      onPick={(v, on) => {
        const next = on ? [...current.filter((c) => c !== v), v] : current.filter((c) => c !== v);
        next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
        set(next.length ? next : undefined);
      }}
      clear={null}
    />
  );
}

function PartyItem({ item, id, path, value, set, ctx }: FieldProps) {
  const error = errorFor(ctx, path, id);
  const current = typeof value === 'string' ? value : '';
  const options =
    item.options && item.options.length
      ? item.options.map((o) => ({ value: o.code, label: o.label }))
      : Object.keys(partyLabels).map((code) => ({ value: code, label: partyLabel(code) }));
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: partyLabel(current) });
  return (
    <FormField invalid={!!error} type="text" className="werkpad-field">
      <LabelFor id={id} item={item} />
      <HelpAndError id={id} help={item.help} error={error} />
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          name={id}
          value={current}
          invalid={!!error}
          required={item.required}
          disabled={ctx.readOnly}
          aria-describedby={describedBy(id, !!item.help, !!error)}
          onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)}
        >
          <SelectOption value="">{agr.form.chooseParty}</SelectOption>
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

function RepeatableItem({ item, id, path, value, set, ctx }: FieldProps) {
  const rows = Array.isArray(value) ? (value as Row[]) : [];
  const error = errorFor(ctx, path, id);
  const legendId = `${id}-legenda`;
  const max = maxRows(item);
  const setRow = (i: number, row: Row) => {
    const next = rows.slice();
    next[i] = row;
    set(next);
  };
  const hint = agr.form.rowsLimit(item.min_rows ?? 0, max);
  const help = [item.help, hint].filter(Boolean).join(' ');
  return (
    <Fieldset
      invalid={!!error}
      aria-labelledby={legendId}
      aria-describedby={describedBy(id, true, !!error)}
      className="werkpad-field werkpad-repeatable"
      data-testid={`repeatable-${item.key}`}
    >
      <FieldsetLegend id={legendId}>
        {item.label}
        <RequiredMark item={item} />
      </FieldsetLegend>
      <HelpAndError id={id} help={help} error={error} />
      {rows.length === 0 ? <Paragraph>{agr.form.noRows}</Paragraph> : null}
      {rows.map((row, i) => {
        const rowId = `${id}-${i}`;
        return (
          <Fieldset key={i} aria-labelledby={`${rowId}-legenda`} className="werkpad-row" data-testid={`rij-${item.key}-${i}`}>
            <FieldsetLegend id={`${rowId}-legenda`}>{agr.form.row(i + 1)}</FieldsetLegend>
            <ItemsView
              items={item.items ?? []}
              scope={row}
              setScope={(r) => setRow(i, r)}
              pathPrefix={`${path}[${i}]`}
              ctx={ctx}
            />
            {!ctx.readOnly ? (
              <Button appearance="secondary-action-button" onClick={() => set(rows.filter((_, j) => j !== i))}>
                {agr.form.removeRow(i + 1)}
              </Button>
            ) : null}
          </Fieldset>
        );
      })}
      {!ctx.readOnly && rows.length < max ? (
        <Button id={id} appearance="secondary-action-button" onClick={() => set([...rows, {}])}>
          {agr.form.addRowTo(item.label)}
        </Button>
      ) : null}
    </Fieldset>
  );
}

function ItemView({ item, scope, setScope, pathPrefix, ctx }: { item: FormItem; scope: Answers; setScope: (a: Answers) => void; pathPrefix: string; ctx: Ctx }) {
  const path = `${pathPrefix}.${item.key}`;
  if (ctx.enabled.get(path) === false) return null;
  const id = fieldDomId(ctx.prefix, path);
  if (item.type === 'display') {
    return <Paragraph className="werkpad-form-display">{item.label}</Paragraph>;
  }
  if (item.type === 'group') {
    const legendId = `${id}-legenda`;
    return (
      <Fieldset aria-labelledby={legendId} className="werkpad-group">
        <FieldsetLegend id={legendId}>{item.label}</FieldsetLegend>
        {item.help ? <Paragraph className="werkpad-hint">{item.help}</Paragraph> : null}
        <ItemsView items={item.items ?? []} scope={scope} setScope={setScope} pathPrefix={pathPrefix} ctx={ctx} />
      </Fieldset>
    );
  }
  const value = scope[item.key];
  const set = (v: AnswerValue | undefined) => {
    const next = { ...scope };
    if (v === undefined || !isAnswered(v)) delete next[item.key];
    else next[item.key] = v;
    setScope(next);
  };
  const props: FieldProps = { item, id, path, value, set, ctx };
  switch (item.type) {
    case 'text':
    case 'long_text':
      return <TextItem {...props} />;
    case 'date':
      return <DateItem {...props} />;
    case 'number':
      return <NumberItem {...props} />;
    case 'duration':
      return <DurationItem {...props} />;
    case 'yes_no':
      return <YesNoItem {...props} />;
    case 'single_choice':
      return <SingleChoiceItem {...props} />;
    case 'multiple_choice':
      return <MultipleChoiceItem {...props} />;
    case 'party':
      return <PartyItem {...props} />;
    case 'repeatable':
      return <RepeatableItem {...props} />;
    default:
      return null;
  }
}

function ItemsView({ items, scope, setScope, pathPrefix, ctx }: { items: FormItem[]; scope: Answers; setScope: (a: Answers) => void; pathPrefix: string; ctx: Ctx }) {
  return (
    <>
      {items.map((item) => (
        <ItemView key={item.key} item={item} scope={scope} setScope={setScope} pathPrefix={pathPrefix} ctx={ctx} />
      ))}
    </>
  );
}

export interface FormRendererProps {
  definition: FormDefinition;
  answers: Answers;
  onChange: (answers: Answers) => void;
  errors?: ShownFormError[];
  /** Prefix of every input id; keep it unique on the page. */
  idPrefix?: string;
  readOnly?: boolean;
  /** Told when an input holds text that is not a value yet (e.g. "12a" in a number field). */
  onLocalErrors?: (errors: Record<string, string>) => void;
}

/** Renders any form definition as NL Design System inputs. */
export function FormRenderer({ definition, answers, onChange, errors = [], idPrefix = 'f', readOnly = false, onLocalErrors }: FormRendererProps) {
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const ctx: Ctx = {
    prefix: idPrefix,
    enabled: enabledPaths(definition, answers),
    errors,
    readOnly,
    localErrors,
    setLocalError: (id, message) => {
      setLocalErrors((prev) => {
        if ((prev[id] ?? null) === message) return prev;
        const next = { ...prev };
        if (message === null) delete next[id];
        else next[id] = message;
        onLocalErrors?.(next);
        return next;
      });
    },
  };
  return (
    <div className="werkpad-form-renderer" data-testid={`form-${definition.id}`}>
      <ItemsView items={definition.items} scope={answers} setScope={onChange} pathPrefix="items" ctx={ctx} />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Read-only view of answers (final responses, the portal, history)

/** An answer as Dutch text for one item. */
export function formatAnswer(item: FormItem | undefined, v: AnswerValue | undefined): string {
  if (v === undefined || v === null || !isAnswered(v)) return agr.form.notAnswered;
  if (typeof v === 'boolean') return v ? agr.form.yes : agr.form.no;
  if (typeof v === 'number') return `${formatDutchNumber(v)}${item?.unit ? ` ${item.unit}` : ''}`;
  if (isDuration(v)) return agr.form.duration(v.amount, v.unit);
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string')) {
      return (v as string[]).map((c) => item?.options?.find((o) => o.code === c)?.label ?? c).join(', ');
    }
    return agr.form.rowsCount(v.length);
  }
  if (typeof v === 'string') {
    if (item?.type === 'single_choice') return item.options?.find((o) => o.code === v)?.label ?? v;
    if (item?.type === 'party') return item.options?.find((o) => o.code === v)?.label ?? partyLabel(v);
    if (item?.type === 'date') return formatDateNl(v);
    return v;
  }
  return String(v);
}

function AnswerList({ items, scope, enabled, pathPrefix }: { items: FormItem[]; scope: Answers; enabled: Map<string, boolean>; pathPrefix: string }) {
  const out: ReactNode[] = [];
  for (const item of items) {
    const path = `${pathPrefix}.${item.key}`;
    if (enabled.get(path) === false) continue;
    if (item.type === 'display') continue;
    if (item.type === 'group') {
      out.push(
        <DataListItem key={item.key} className="werkpad-answer-group">
          <DataListKey>{item.label}</DataListKey>
          <DataListValue>
            <DataList>
              <AnswerList items={item.items ?? []} scope={scope} enabled={enabled} pathPrefix={pathPrefix} />
            </DataList>
          </DataListValue>
        </DataListItem>,
      );
      continue;
    }
    const v = scope[item.key];
    if (item.type === 'repeatable' && Array.isArray(v) && v.length) {
      out.push(
        <DataListItem key={item.key}>
          <DataListKey>{item.label}</DataListKey>
          <DataListValue>
            {(v as Row[]).map((row, i) => (
              <div key={i} className="werkpad-answer-row">
                <strong>{agr.form.row(i + 1)}</strong>
                <DataList>
                  <AnswerList items={item.items ?? []} scope={row} enabled={enabled} pathPrefix={`${path}[${i}]`} />
                </DataList>
              </div>
            ))}
          </DataListValue>
        </DataListItem>,
      );
      continue;
    }
    out.push(
      <DataListItem key={item.key}>
        <DataListKey>{item.label}</DataListKey>
        <DataListValue>{formatAnswer(item, v)}</DataListValue>
      </DataListItem>,
    );
  }
  return <>{out}</>;
}

/** The answers of a response as a definition list (labels from the definition). */
export function AnswersView({ definition, answers }: { definition: FormDefinition; answers: Answers }) {
  const enabled = enabledPaths(definition, answers);
  return (
    <DataList className="werkpad-answers" data-testid={`answers-${definition.id}`}>
      <AnswerList items={definition.items} scope={answers} enabled={enabled} pathPrefix="items" />
    </DataList>
  );
}
