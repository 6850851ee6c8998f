import { TextInput, type TextInputProps } from '@mantine/core';

/** A 6-digit one-time code field: numeric keypad on phones, filled in by password managers. */
export function CodeInput(props: TextInputProps & React.ComponentPropsWithRef<'input'>) {
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      required
      dir="ltr"
      {...props}
    />
  );
}

/** Strips the spaces people type or paste inside codes ("123 456"). */
export const codeRegisterOptions = {
  setValueAs: (value: unknown) => (typeof value === 'string' ? value.replace(/\s/g, '') : value),
};
