/**
 * The project life-cycle as a state machine: design → endorsement → implementation → evaluation →
 * closed. A project moves one step forward; the only step back is endorsement → design (sent back
 * for rework). Leaving endorsement for implementation is the gate (see endorsement-gate.ts).
 */
import type { Role } from '../auth/roles.js';

export const PROJECT_PHASES = [
  'design',
  'endorsement',
  'implementation',
  'evaluation',
  'closed',
] as const;

export type ProjectPhase = (typeof PROJECT_PHASES)[number];

/** The checklist phases answered in each project phase (closed answers nothing). */
export const CHECKLIST_PHASES = ['design', 'endorsement', 'implementation', 'evaluation'] as const;

export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];

export interface Transition {
  from: ProjectPhase;
  to: ProjectPhase;
  /** Who may make it. */
  roles: readonly Role[];
}

const MANAGERS: readonly Role[] = ['admin', 'project_manager', 'protection_officer'];
const PROTECTION: readonly Role[] = ['protection_officer'];

export const TRANSITIONS: readonly Transition[] = [
  { from: 'design', to: 'endorsement', roles: MANAGERS },
  { from: 'endorsement', to: 'design', roles: MANAGERS },
  { from: 'endorsement', to: 'implementation', roles: PROTECTION },
  { from: 'implementation', to: 'evaluation', roles: MANAGERS },
  { from: 'evaluation', to: 'closed', roles: MANAGERS },
];

/** The transition from → to, or undefined when the life-cycle does not allow it. */
export function findTransition(from: ProjectPhase, to: ProjectPhase): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The checklist phases a project in this phase may answer: its own and the ones before. */
export function answerablePhases(phase: ProjectPhase): ChecklistPhase[] {
  const index = PROJECT_PHASES.indexOf(phase);
  return CHECKLIST_PHASES.filter((p) => PROJECT_PHASES.indexOf(p) <= index && phase !== 'closed');
}
