import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from './not-found-page.js';

/** The error boundary of the routes: an unexpected failure, explained without its internals. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // Keep the details for whoever opens the console; the page shows no internals.
  console.error(error);
  return (
    <Stack align="flex-start" gap="md" p="md" role="alert">
      <Title order={1}>{t('errorPage.title')}</Title>
      <Text>{t('errorPage.body')}</Text>
      <Button onClick={() => window.location.reload()}>{t('errorPage.reload')}</Button>
    </Stack>
  );
}
