import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRANSITIONS } from '../../../core/projects/phase.js';
import type { Project } from '../../../core/projects/project.schema.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useCurrentUser } from '../auth/use-me.js';
import { BlockedAlert } from './blocked-alert.js';
import { blockingItemsOf, useProjectTransition } from './use-project-transition.js';

const LABELS: Record<string, string> = {
  'design>endorsement': 'projects.transition.toEndorsement',
  'endorsement>design': 'projects.transition.backToDesign',
  'endorsement>implementation': 'projects.transition.toImplementation',
  'implementation>evaluation': 'projects.transition.toEvaluation',
  'evaluation>closed': 'projects.transition.toClosed',
};

/** The life-cycle moves the user's role allows from the current phase, and why one failed. */
export function TransitionBar({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const mutation = useProjectTransition(project);
  const allowed = TRANSITIONS.filter((tr) => tr.from === project.phase && tr.roles.includes(role));
  const blocking = blockingItemsOf(mutation.error);
  const awaitingEndorsement = project.phase === 'endorsement' && role !== 'protection_officer';
  if (allowed.length === 0 && !awaitingEndorsement) return null;
  return (
    <div className="no-print">
      <Group gap="sm" mt="sm">
        {allowed.map((tr) => (
          <Button
            key={tr.to}
            variant={tr.to === 'design' ? 'default' : 'filled'}
            loading={mutation.isPending && mutation.variables === tr.to}
            disabled={mutation.isPending}
            onClick={() => mutation.mutate(tr.to)}
          >
            {t(LABELS[`${tr.from}>${tr.to}`] ?? tr.to)}
          </Button>
        ))}
        {awaitingEndorsement && (
          <Text size="sm" c="dimmed">
            {t('projects.transition.awaitingEndorsement')}
          </Text>
        )}
      </Group>
      <div aria-live="polite">
        {blocking && <BlockedAlert projectId={project.id} itemIds={blocking} />}
        {mutation.error && !blocking && <ErrorAlert error={mutation.error} />}
      </div>
    </div>
  );
}
