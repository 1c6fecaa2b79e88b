import type { ReactNode } from 'react';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { nl } from '../i18n/nl';

// Form fields composed from NL Design System parts, with explicit ids so that error summaries
// can link to inputs and descriptions/errors are tied to them with aria-describedby.

interface BaseProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}

function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  const ids = [description ? `${id}-beschrijving` : null, error ? `${id}-fout` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Label({ id, label, required }: { id: string; label: ReactNode; required?: boolean | undefined }) {
  return (
    <div className="utrecht-form-field__label">
      <FormLabel htmlFor={id}>
        {label}
        {required ? <span className="werkpad-required"> {nl.common.required}</span> : null}
      </FormLabel>
    </div>
  );
}

function DescriptionAndError({ id, description, error }: { id: string; description?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {description ? (
        <FormFieldDescription className="utrecht-form-field__description" id={`${id}-beschrijving`}>
          {description}
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

export interface TextFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'password' | 'number' | 'search' | 'url';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'search' | 'url';
  maxLength?: number;
  spellCheck?: boolean;
  size?: number;
  readOnly?: boolean;
}

export function TextField(p: TextFieldProps) {
  return (
    <FormField invalid={!!p.error} type="text" className="werkpad-field">
      <Label id={p.id} label={p.label} required={p.required} />
      <DescriptionAndError id={p.id} description={p.description} error={p.error} />
      <div className="utrecht-form-field__input">
        <Textbox
          id={p.id}
          name={p.id}
          type={p.type ?? 'text'}
          value={p.value}
          onChange={(e) => p.onChange(e.target.value)}
          invalid={!!p.error}
          required={p.required}
          autoComplete={p.autoComplete ?? 'off'}
          inputMode={p.inputMode}
          maxLength={p.maxLength}
          spellCheck={p.spellCheck}
          size={p.size}
          readOnly={p.readOnly}
          aria-describedby={describedBy(p.id, p.description, p.error)}
        />
      </div>
    </FormField>
  );
}

export interface Option {
  value: string;
  label: string;
}

export interface SelectFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** Label of an empty first option; leave out to offer none. */
  emptyOption?: string;
}

export function SelectField(p: SelectFieldProps) {
  return (
    <FormField invalid={!!p.error} type="text" className="werkpad-field">
      <Label id={p.id} label={p.label} required={p.required} />
      <DescriptionAndError id={p.id} description={p.description} error={p.error} />
      <div className="utrecht-form-field__input">
        <Select
          id={p.id}
          name={p.id}
          value={p.value}
          onChange={(e) => p.onChange(e.target.value)}
          invalid={!!p.error}
          required={p.required}
          aria-describedby={describedBy(p.id, p.description, p.error)}
        >
          {p.emptyOption !== undefined ? <SelectOption value="">{p.emptyOption}</SelectOption> : null}
          {p.options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

export interface RadioGroupFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: (Option & { description?: string })[];
}

/** Radio buttons in a fieldset; the first radio carries `id`, so summaries can link to it. */
export function RadioGroupField(p: RadioGroupFieldProps) {
  const legendId = `${p.id}-legenda`;
  return (
    <Fieldset
      invalid={!!p.error}
      aria-labelledby={legendId}
      aria-describedby={describedBy(p.id, p.description, p.error)}
      className="werkpad-field"
    >
      <FieldsetLegend id={legendId}>
        {p.label}
        {p.required ? <span className="werkpad-required"> {nl.common.required}</span> : null}
      </FieldsetLegend>
      <DescriptionAndError id={p.id} description={p.description} error={p.error} />
      {p.options.map((o, i) => {
        const optionId = i === 0 ? p.id : `${p.id}-${o.value}`;
        return (
          <FormField key={o.value} type="radio" className="werkpad-option">
            <div className="utrecht-form-field__input">
              <RadioButton
                id={optionId}
                name={p.id}
                value={o.value}
                checked={p.value === o.value}
                onChange={() => p.onChange(o.value)}
                invalid={!!p.error}
                aria-describedby={o.description ? `${optionId}-uitleg` : undefined}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={optionId} type="radio" checked={p.value === o.value}>
                {o.label}
              </FormLabel>
            </div>
            {o.description ? (
              <FormFieldDescription className="utrecht-form-field__description" id={`${optionId}-uitleg`}>
                {o.description}
              </FormFieldDescription>
            ) : null}
          </FormField>
        );
      })}
    </Fieldset>
  );
}

export interface CheckboxGroupFieldProps extends BaseProps {
  values: number[];
  onToggle: (value: number, on: boolean) => void;
  options: { value: number; label: string }[];
  emptyText?: string;
}

/** Checkboxes in a fieldset; the first checkbox carries `id`. */
export function CheckboxGroupField(p: CheckboxGroupFieldProps) {
  const legendId = `${p.id}-legenda`;
  return (
    <Fieldset
      invalid={!!p.error}
      aria-labelledby={legendId}
      aria-describedby={describedBy(p.id, p.description, p.error)}
      className="werkpad-field"
    >
      <FieldsetLegend id={legendId}>{p.label}</FieldsetLegend>
      <DescriptionAndError id={p.id} description={p.description} error={p.error} />
      {p.options.length === 0 && p.emptyText ? <p className="utrecht-paragraph">{p.emptyText}</p> : null}
      {p.options.map((o, i) => {
        const optionId = i === 0 ? p.id : `${p.id}-${o.value}`;
        const checked = p.values.includes(o.value);
        return (
          <FormField key={o.value} type="checkbox" className="werkpad-option">
            <div className="utrecht-form-field__input">
              <Checkbox
                id={optionId}
                name={p.id}
                checked={checked}
                onChange={(e) => p.onToggle(o.value, e.target.checked)}
                invalid={!!p.error}
                appearance="custom"
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel htmlFor={optionId} type="checkbox" checked={checked}>
                {o.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
