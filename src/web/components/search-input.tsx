import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

interface SearchInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  initialValue: string;
  /** Called with the trimmed text once typing pauses, to spare slow connections. */
  onSearch: (value: string) => void;
}

/** A search box that filters as one types. */
export function SearchInput({ initialValue, onSearch, ...props }: SearchInputProps) {
  const [value, setValue] = useState(initialValue);
  const search = useDebouncedCallback((text: string) => onSearch(text.trim()), 350);
  return (
    <TextInput
      type="search"
      autoComplete="off"
      {...props}
      value={value}
      onChange={(event) => {
        setValue(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
    />
  );
}
