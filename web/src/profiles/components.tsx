import type { ReactNode } from 'react';
import {
  Alert,
  Checkbox,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import type { ItemDefinition } from '../api/profileTypes';
import { frequencyLabels, frequencyOrder, modeLabels, prof, shiftLabels } from '../i18n/profiles';
import { fieldLabel, unitOf, valueFields, type Draft, type Side } from './logic';
import { useApi } from '../session/context';
import { useLoad } from '../components/useLoad';
import { AppLink } from '../components/AppLink';

/** Two large radio buttons (Ja / Nee) in a fieldset; `value` is 'ja', 'nee' or ''. */
export function YesNo({
  id,
  legend,
  value,
  onChange,
  description,
  disabled,
}: {
  id: string;
  legend: ReactNode;
  value: string;
  onChange: (v: 'ja' | 'nee') => void;
  description?: string | undefined;
  disabled?: boolean | undefined;
}) {
  return (
    <Fieldset
      className="werkpad-yesno"
      aria-labelledby={`${id}-legenda`}
      aria-describedby={description ? `${id}-uitleg` : undefined}
    >
      <FieldsetLegend id={`${id}-legenda`}>{legend}</FieldsetLegend>
      {description ? (
        <FormFieldDescription id={`${id}-uitleg`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      <div className="werkpad-yesno__options">
        {(['ja', 'nee'] as const).map((v) => (
          <label key={v} className="werkpad-touch-option" htmlFor={`${id}-${v}`}>
            <RadioButton
              id={`${id}-${v}`}
              name={id}
              value={v}
              checked={value === v}
              disabled={disabled}
              onChange={() => onChange(v)}
            />
            <span>{v === 'ja' ? prof.yes : prof.no}</span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

function CodeSet({
  id,
  legend,
  labels,
  value,
  onChange,
  disabled,
}: {
  id: string;
  legend: string;
  labels: Record<string, string>;
  value: string[];
  onChange: (v: string[]) => void;
  disabled?: boolean | undefined;
}) {
  return (
    <Fieldset className="werkpad-codeset" aria-labelledby={`${id}-legenda`}>
      <FieldsetLegend id={`${id}-legenda`}>{legend}</FieldsetLegend>
      <div className="werkpad-yesno__options">
        {Object.entries(labels).map(([code, label]) => (
          <label key={code} className="werkpad-touch-option" htmlFor={`${id}-${code}`}>
            <Checkbox
              id={`${id}-${code}`}
              appearance="custom"
              checked={value.includes(code)}
              disabled={disabled}
              onChange={(e) => onChange(e.target.checked ? [...value, code] : value.filter((c) => c !== code))}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

/**
 * The value fields of one item (a demand or a capacity) in the item's units: numbers with their
 * unit, frequency as a choice, yes/no as two large radios, shifts and modes as checkboxes.
 */
export function ValueEditor({
  idPrefix,
  item,
  side,
  draft,
  onChange,
  errors = {},
  disabled,
}: {
  idPrefix: string;
  item: ItemDefinition;
  side: Side;
  draft: Draft;
  onChange: (d: Draft) => void;
  errors?: Record<string, string>;
  disabled?: boolean;
}) {
  const set = (key: string, v: string | string[]) => onChange({ ...draft, [key]: v });
  return (
    <div className="werkpad-value-editor">
      {valueFields(item, side).map((f) => {
        const id = `${idPrefix}-${f.key}`;
        const label = fieldLabel(item, f.key, side);
        const error = errors[f.key];
        const v = draft[f.key];
        switch (f.type) {
          case 'bool':
            return (
              <YesNo
                key={f.key}
                id={id}
                legend={label}
                value={typeof v === 'string' ? v : ''}
                onChange={(x) => set(f.key, x)}
                disabled={disabled}
              />
            );
          case 'shifts':
          case 'modes':
            return (
              <CodeSet
                key={f.key}
                id={id}
                legend={label}
                labels={f.type === 'shifts' ? shiftLabels : modeLabels}
                value={Array.isArray(v) ? v : []}
                onChange={(x) => set(f.key, x)}
                disabled={disabled}
              />
            );
          case 'frequency':
            return (
              <FormField key={f.key} type="text" className="werkpad-field werkpad-value-field">
                <div className="utrecht-form-field__label">
                  <FormLabel htmlFor={id}>{label}</FormLabel>
                </div>
                <div className="utrecht-form-field__input">
                  <Select id={id} value={typeof v === 'string' ? v : ''} disabled={disabled} onChange={(e) => set(f.key, e.target.value)}>
                    <SelectOption value="">{prof.unknown}</SelectOption>
                    {frequencyOrder.map((code) => (
                      <SelectOption key={code} value={code}>
                        {frequencyLabels[code]}
                      </SelectOption>
                    ))}
                  </Select>
                </div>
              </FormField>
            );
          default: {
            const unit = f.type === 'number' ? unitOf(item, f.key) : '';
            return (
              <FormField key={f.key} type="text" invalid={!!error} className="werkpad-field werkpad-value-field">
                <div className="utrecht-form-field__label">
                  <FormLabel htmlFor={id}>{label}</FormLabel>
                </div>
                {error ? (
                  <p className="utrecht-form-field-error-message" id={`${id}-fout`}>
                    {error}
                  </p>
                ) : null}
                <div className="utrecht-form-field__input werkpad-unit-input">
                  <Textbox
                    id={id}
                    value={typeof v === 'string' ? v : ''}
                    inputMode={f.type === 'number' ? 'decimal' : 'text'}
                    size={f.type === 'number' ? 6 : 30}
                    autoComplete="off"
                    invalid={!!error}
                    disabled={disabled}
                    aria-describedby={error ? `${id}-fout` : undefined}
                    onChange={(e) => set(f.key, e.target.value)}
                  />
                  {unit && f.key !== 'keer' ? <span aria-hidden="true">{unit}</span> : null}
                </div>
              </FormField>
            );
          }
        }
      })}
    </div>
  );
}

/** The item catalogue (with the institution's assignment), loaded once per page. */
export function useItemCatalogue() {
  const api = useApi();
  return useLoad(() => api.profiles.items(), 'profiel-items');
}

/** The links between the profile pages of one trajectory. */
export function ProfileNav({ trajectoryId, current }: { trajectoryId: number; current: string }) {
  const links: [string, string][] = [
    ['functieprofiel', prof.links.form4],
    ['persoonsprofiel', prof.links.form6],
    ['knelpunten', prof.links.matching],
    ['doelen', prof.links.goals],
    ['werktraining', prof.links.training],
    ['fml', prof.links.fml],
    ['alternatieven', prof.links.alternatives],
  ];
  return (
    <nav aria-label={prof.sectionTitle} className="werkpad-profile-nav">
      <ul>
        {links.map(([path, label]) => (
          <li key={path}>
            <AppLink to={`/trajecten/${trajectoryId}/${path}`} current={current === path}>
              {label}
            </AppLink>
          </li>
        ))}
        <li>
          <AppLink to={`/trajecten/${trajectoryId}`}>{prof.back}</AppLink>
        </li>
      </ul>
    </nav>
  );
}

/** Error sentences in one alert (announced), or nothing. */
export function ErrorList({ messages, testId }: { messages: string[]; testId?: string }) {
  if (!messages.length) return null;
  return (
    <div role="alert" data-testid={testId}>
      <Alert type="error" role="none">
        {messages.length === 1 ? (
          <Paragraph>{messages[0]}</Paragraph>
        ) : (
          <UnorderedList>
            {messages.map((m, i) => (
              <UnorderedListItem key={i}>{m}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}
