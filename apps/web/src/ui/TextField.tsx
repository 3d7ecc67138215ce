import type { InputHTMLAttributes } from 'react';
import { Field, type FieldChromeProps } from './Field';

export type TextFieldProps = FieldChromeProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'>;

export function TextField({ label, hint, error, optionalText, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optionalText={optionalText} className={className}>
      {(control) => <input type="text" className="input" {...input} {...control} />}
    </Field>
  );
}
