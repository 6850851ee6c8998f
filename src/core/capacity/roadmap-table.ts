/** The roadmap export table: one row per milestone, with whether it is overdue. */
import type { ExportTable } from '../projects/portfolio-table.js';
import type { Milestone } from './roadmap.schema.js';

/** Milestones as rows, pillar first. */
export function roadmapTable(milestones: readonly Milestone[]): ExportTable {
  return {
    headers: [
      'pillar',
      'milestone',
      'owner',
      'due_date',
      'status',
      'overdue',
      'completed_on',
      'evidence',
      'evidence_link',
    ],
    hxl: [
      '#sector+pillar',
      '#activity+name',
      '#org+owner',
      '#date+due',
      '#status',
      '',
      '#date+completed',
      '#description',
      '#meta+url',
    ],
    rows: milestones.map((m) => [
      m.pillar,
      m.title,
      m.owner,
      m.dueDate,
      m.status,
      m.isOverdue ? 'yes' : 'no',
      m.completedOn ?? '',
      m.evidence ?? '',
      m.evidenceUrl ?? '',
    ]),
  };
}
