import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/** A form field bound to react-hook-form by name (works with any form that has that field). */
export interface BoundFieldProps<T extends FieldValues, C, U extends FieldValues> {
  control: Control<T, C, U>;
  name: FieldPath<T>;
}

/** The controller of a bound field. */
export function useBound<T extends FieldValues, C, U extends FieldValues>({
  control,
  name,
}: BoundFieldProps<T, C, U>) {
  return useController({ control, name });
}

/**
 * The message for a field: the server's (already translated) or a translated zod one; a
 * refinement written in English in a shared schema gets `custom` instead.
 */
export function fieldMessage(
  error: { type?: string; message?: string } | undefined,
  custom: string,
): string | undefined {
  if (!error) return undefined;
  if (error.type === 'custom' || !error.message) return custom;
  return error.message;
}
