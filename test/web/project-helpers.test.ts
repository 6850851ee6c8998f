import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import type { Action } from '../../src/core/projects/action.schema.js';
import type { ChecklistItemView } from '../../src/core/checklists/checklist.schema.js';
import { sortActions } from '../../src/web/features/actions/sort-actions.js';
import {
  currentAnswerOf,
  needsJustification,
} from '../../src/web/features/checklist/use-answer-editor.js';
import { groupByPrinciple } from '../../src/web/features/checklist/principle-groups.js';
import { portfolioExportUrl } from '../../src/web/features/portfolio/portfolio.api.js';
import { trendPoints } from '../../src/web/features/portfolio/trend-chart.js';
import { blockingItemsOf } from '../../src/web/features/projects/use-project-transition.js';
import { countryLabel, countryName } from '../../src/web/lib/country-names.js';
import { formatPercent, scoreBand } from '../../src/web/lib/format-score.js';
import { roleCan, roleCanTransition } from '../../src/web/lib/permissions.js';
import { todayIso } from '../../src/web/lib/today.js';

const action = (title: string, changes: Partial<Action> = {}): Action => ({
  id: title,
  projectId: 'p',
  projectCode: 'P',
  itemId: null,
  title,
  description: null,
  ownerId: null,
  ownerName: null,
  dueDate: null,
  status: 'open',
  overdue: false,
  createdAt: '',
  updatedAt: '',
  version: 1,
  ...changes,
});

describe('sortActions', () => {
  it('puts overdue first, done last, then by due date and title', () => {
    const sorted = sortActions(
      [
        action('done', { status: 'done', dueDate: '2026-01-01' }),
        action('later', { dueDate: '2026-12-01' }),
        action('no date'),
        action('late', { dueDate: '2026-01-10' }),
        action('flagged', { overdue: true, dueDate: '2026-06-20' }),
        action('soon', { dueDate: '2026-06-02' }),
      ],
      '2026-06-01',
    );
    expect(sorted.map((a) => a.title)).toEqual([
      'late',
      'flagged',
      'soon',
      'later',
      'no date',
      'done',
    ]);
  });
});

describe('scores', () => {
  it('formats percentages with western digits in every language', () => {
    expect(formatPercent(0.755, 'en')).toBe('76%');
    expect(formatPercent(0.5, 'ar')).toMatch(/50/);
    expect(formatPercent(null, 'fr')).toBeNull();
  });
  it.each([
    [null, 'none'],
    [0.2, 'low'],
    [0.5, 'medium'],
    [0.74, 'medium'],
    [0.75, 'high'],
  ] as const)('band of %s is %s', (score, band) => expect(scoreBand(score)).toBe(band));
});

describe('errors of the project API', () => {
  it('reads the items blocking endorsement', () => {
    const error = new AppError('endorsement_blocked', 'blocked', { items: ['a', 'b', 3] });
    expect(blockingItemsOf(error)).toEqual(['a', 'b']);
    expect(blockingItemsOf(new AppError('conflict', 'stale'))).toBeNull();
  });
  it('reads the current answer of a version conflict', () => {
    const current = {
      status: 'met',
      justification: null,
      note: null,
      version: 3,
      answeredBy: 'A',
      answeredAt: '',
    };
    expect(currentAnswerOf(new AppError('conflict', 'stale', { current }))).toEqual(current);
    expect(currentAnswerOf(new AppError('conflict', 'stale'))).toBeNull();
  });
  it('needs a justification only for not applicable', () => {
    expect(needsJustification({ status: 'not_applicable', justification: ' ', note: '' })).toBe(
      true,
    );
    expect(
      needsJustification({ status: 'not_applicable', justification: 'No site', note: '' }),
    ).toBe(false);
    expect(needsJustification({ status: 'not_met', justification: '', note: '' })).toBe(false);
  });
});

describe('view helpers', () => {
  it('groups items by principle in the framework order', () => {
    const item = (id: string, principle: string) => ({ id, principle }) as ChecklistItemView;
    const groups = groupByPrinciple(
      [item('1', 'b'), item('2', 'a'), item('3', 'b'), item('4', 'z')],
      ['a', 'b', 'c'],
    );
    expect(groups.map(([p, items]) => [p, items.map((i) => i.id)])).toEqual([
      ['a', ['2']],
      ['b', ['1', '3']],
      ['z', ['4']],
    ]);
  });
  it('places the months that have a score on the chart', () => {
    const points = trendPoints([
      { month: '2026-01', score: 0, answers: 1 },
      { month: '2026-02', score: null, answers: 0 },
      { month: '2026-03', score: 1, answers: 2 },
    ]);
    expect(points.map((p) => p.point.month)).toEqual(['2026-01', '2026-03']);
    expect(points[0]!.y).toBeGreaterThan(points[1]!.y);
  });
  it('names countries from their alpha-3 code', () => {
    expect(countryName('SDN', 'en')).toBe('Sudan');
    expect(countryLabel('TCD', 'fr')).toBe('TCD — Tchad');
    expect(countryLabel('XXX', 'en')).toBe('XXX');
  });
  it('keeps the filters in the export address', () => {
    expect(portfolioExportUrl('csv', { country: 'SDN', sector: 'shelter_nfi' })).toBe(
      '/api/v1/portfolio/export?format=csv&country=SDN&sector=shelter_nfi',
    );
  });
  it('formats today in the device time zone', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('permissions', () => {
  it('lets only a protection officer pass the endorsement gate', () => {
    expect(roleCanTransition('protection_officer', 'endorsement', 'implementation')).toBe(true);
    expect(roleCanTransition('project_manager', 'endorsement', 'implementation')).toBe(false);
    expect(roleCanTransition('project_manager', 'design', 'endorsement')).toBe(true);
    expect(roleCanTransition('admin', 'design', 'implementation')).toBe(false);
  });
  it('follows the policy table, with a fallback for undeclared actions', () => {
    expect(roleCan('viewer', 'projects.create')).toBe(false);
    expect(roleCan('protection_officer', 'checklist.waive')).toBe(true);
    expect(roleCan('viewer', 'nothing.declared', ['viewer'])).toBe(true);
  });
});
