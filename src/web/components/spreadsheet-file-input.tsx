import { FileInput } from '@mantine/core';

const SPREADSHEETS =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface SpreadsheetFileInputProps {
  label: string;
  placeholder: string;
  /** The name of the clear button (read by screen readers). */
  clearLabel: string;
  value: File | null;
  onChange: (file: File | null) => void;
}

/** A CSV or XLSX file picker for imports, clearable with a named button. */
export function SpreadsheetFileInput({ clearLabel, ...props }: SpreadsheetFileInputProps) {
  return (
    <FileInput
      {...props}
      accept={SPREADSHEETS}
      clearable
      clearButtonProps={{ 'aria-label': clearLabel }}
    />
  );
}
