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

// Colours used with the "light" variant (badges, alerts); their default text is below 4.5:1.
const LIGHT_VARIANT_COLORS = [
  'green',
  'red',
  'orange',
  'gray',
  'yellow',
  'blue',
  'grape',
  'cyan',
  'violet',
] as const;

function darkerLightVariantText(): Record<string, string> {
  const entries = LIGHT_VARIANT_COLORS.map((color) => [
    `--mantine-color-${color}-light-color`,
    `color-mix(in srgb, var(--mantine-color-${color}-9), black 30%)`,
  ]);
  return Object.fromEntries(entries);
}

/** Darker secondary and badge text than Mantine's defaults, to meet WCAG AA contrast (4.5:1). */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': current.colors.gray[7],
    '--mantine-color-placeholder': current.colors.gray[7],
    // Field error messages (red 6 by default) need a darker red to reach 4.5:1 on white.
    '--mantine-color-error': current.colors.red[9],
    ...darkerLightVariantText(),
  },
  dark: {},
});
