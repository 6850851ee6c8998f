import { useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import {
  answerablePhases,
  CHECKLIST_PHASES,
  type ChecklistPhase,
} from '../../../core/projects/phase.js';
import type { Project } from '../../../core/projects/project.schema.js';
import { ACTION_EDITORS, useCan } from '../../lib/permissions.js';
import type { ItemPermissions } from './item-card.js';

/** The phases one may look at (all four once closed) and the one in view (the current by default). */
export function usePhaseInView(project: Project) {
  const [params, setParams] = useSearchParams();
  const answerable = answerablePhases(project.phase);
  const phases: readonly ChecklistPhase[] = answerable.length > 0 ? answerable : CHECKLIST_PHASES;
  const requested = phases.find((phase) => phase === params.get('phase'));
  const phase = requested ?? phases[phases.length - 1] ?? 'design';
  const choose = (next: string) => setParams({ tab: 'checklist', phase: next }, { replace: true });
  return { phases, phase, choose, isAnswerable: answerable.includes(phase) };
}

/** What the user may do with the items of the phase in view. */
export function useItemPermissions(project: Project, isAnswerable: boolean): ItemPermissions {
  const canAnswer = useCan('checklist', 'answer');
  const canWaive = useCan('checklist', 'waive');
  const canCreateAction = useCan('actions', 'create', ACTION_EDITORS);
  return {
    canAnswer: canAnswer && isAnswerable,
    canWaive: canWaive && project.phase !== 'closed',
    canCreateAction,
  };
}

/** Brings the item named in the address (#item-…) into view once the checklist is shown. */
export function useScrollToItem(isReady: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!isReady || !hash.startsWith('#item-')) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [isReady, hash]);
}
