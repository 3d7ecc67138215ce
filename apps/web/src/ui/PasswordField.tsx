import { useId, useState } from 'react';
import { TextField, type TextFieldProps } from './TextField';

export type PasswordFieldProps = Omit<TextFieldProps, 'type'> & {
  /** Label of the "show password" checkbox. */
  showLabel: string;
};

/** A password input with a "show password" switch: fewer typing mistakes for everyone. */
export function PasswordField({ showLabel, ...field }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const toggleId = useId();
  return (
    <div className="password-field">
      <TextField {...field} type={visible ? 'text' : 'password'} spellCheck={false} autoCapitalize="none" />
      <div className="checkbox checkbox--small">
        <input id={toggleId} type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        <label htmlFor={toggleId}>{showLabel}</label>
      </div>
    </div>
  );
}
