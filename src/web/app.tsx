import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { directionOf } from '../core/shared/language.js';
import { createQueryClient } from './api/query-client.js';
import { useLanguage } from './i18n/use-language.js';
import { createRouter } from './routes/router.js';
import { cssVariablesResolver, theme } from './theme.js';

/** Keeps Mantine's direction (and so every component's layout) on the language's direction. */
function DirectionSync() {
  const lang = useLanguage();
  const { setDirection } = useDirection();
  useEffect(() => setDirection(directionOf(lang)), [lang, setDirection]);
  return null;
}

/** The web client: providers around the router. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  const lang = useLanguage();
  return (
    <DirectionProvider initialDirection={directionOf(lang)}>
      <DirectionSync />
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
      >
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
