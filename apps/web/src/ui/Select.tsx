import type { SelectHTMLAttributes } from 'react';
import { Field, type FieldChromeProps } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectProps = FieldChromeProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> & {
    options: readonly SelectOption[];
    /** An empty first choice, e.g. "Kies je achtergrond". */
    placeholder?: string;
  };

export function Select({ label, hint, error, optionalText, className, options, placeholder, ...select }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error} optionalText={optionalText} className={className}>
      {(control) => (
        <select className="input input--select" {...select} {...control}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
