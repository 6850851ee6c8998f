import { Fieldset, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBound, type BoundFieldProps } from '../../lib/bound-field.js';
import { codeError } from '../../lib/code-error.js';

/** An amount of money: empty means "not given". */
function AmountField<T extends FieldValues, C, U extends FieldValues>(
  props: BoundFieldProps<T, C, U> & { label: string },
) {
  const { field, fieldState } = useBound(props);
  return (
    <NumberInput
      label={props.label}
      value={(field.value as number | undefined) ?? ''}
      onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      min={0}
      thousandSeparator=" "
      allowNegative={false}
      dir="ltr"
    />
  );
}

/** The currency, as a 3-letter ISO code (the server's message when it refused one). */
function CurrencyField<T extends FieldValues, C, U extends FieldValues>(
  props: BoundFieldProps<T, C, U>,
) {
  const { t } = useTranslation();
  const { field, fieldState } = useBound(props);
  return (
    <TextInput
      label={t('projects.fields.currency')}
      value={(field.value as string | undefined) ?? ''}
      onChange={(event) => field.onChange(event.currentTarget.value.trim().toUpperCase())}
      onBlur={field.onBlur}
      error={codeError(fieldState.error, t('projects.fields.currencyInvalid'))}
      maxLength={3}
      dir="ltr"
      autoComplete="off"
    />
  );
}

type BudgetNames = 'budget.currency' | 'budget.accessibility' | 'budget.feedbackMechanism';

/** What the project budgets for protection mainstreaming (accessibility, feedback mechanism). */
export function BudgetFields<
  T extends FieldValues & { budget?: unknown },
  C,
  U extends FieldValues,
>({ control }: { control: BoundFieldProps<T, C, U>['control'] }) {
  const { t } = useTranslation();
  const name = (path: BudgetNames) => path as BoundFieldProps<T, C, U>['name'];
  return (
    <Fieldset legend={t('projects.fields.budget')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <CurrencyField control={control} name={name('budget.currency')} />
        <AmountField
          control={control}
          name={name('budget.accessibility')}
          label={t('projects.fields.budgetAccessibility')}
        />
        <AmountField
          control={control}
          name={name('budget.feedbackMechanism')}
          label={t('projects.fields.budgetFeedback')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
