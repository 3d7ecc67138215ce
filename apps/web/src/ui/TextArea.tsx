import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldChromeProps } from './Field';

export type TextAreaProps = FieldChromeProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children'>;

export function TextArea({ label, hint, error, optionalText, className, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} optionalText={optionalText} className={className}>
      {(control) => <textarea className="input input--multiline" rows={rows} {...textarea} {...control} />}
    </Field>
  );
}
