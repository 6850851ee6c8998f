import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectPhase } from '../../../core/projects/phase.js';

const PHASE_COLOR: Record<ProjectPhase, string> = {
  design: 'blue',
  endorsement: 'orange',
  implementation: 'green',
  evaluation: 'yellow',
  closed: 'gray',
};

/** The life-cycle phase of a project, named in the interface language. */
export function PhaseBadge({ phase, size = 'sm' }: { phase: ProjectPhase; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={PHASE_COLOR[phase]} variant="light" size={size}>
      {t(`projects.phases.${phase}`)}
    </Badge>
  );
}
