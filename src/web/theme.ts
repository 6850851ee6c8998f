import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Mantine theme: IOM-like blue, system fonts that cover Arabic, always-visible keyboard focus. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif',
  focusRing: 'auto',
  defaultRadius: 'sm',
});

/** Darker secondary text than Mantine's default, to meet WCAG AA contrast (4.5:1). */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': current.colors.gray[7],
    '--mantine-color-placeholder': current.colors.gray[7],
  },
  dark: {},
});
