import { Paper, Text } from '@mantine/core';

/** The message shown in place of an empty list or table. */
export function EmptyMessage({ children }: { children: React.ReactNode }) {
  return (
    <Paper withBorder p="lg" role="status">
      <Text ta="center" c="dimmed">
        {children}
      </Text>
    </Paper>
  );
}
