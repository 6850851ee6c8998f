import { NumberInput } from '@mantine/core';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CreateApiTokenRequest } from '../../../core/auth/api-token.schema.js';

/** How many days a token stays valid; emptied, the token never expires. */
export function ExpiryField<C, U extends CreateApiTokenRequest>({
  control,
}: {
  control: Control<CreateApiTokenRequest, C, U>;
}) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name: 'expiresInDays' });
  return (
    <NumberInput
      label={t('tokens.fields.expiresInDays')}
      description={t('tokens.fields.expiresHint')}
      value={field.value ?? ''}
      onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
      onBlur={field.onBlur}
      min={1}
      max={730}
      allowDecimal={false}
      error={fieldState.error?.message}
    />
  );
}
