import { queryOptions } from '@tanstack/react-query';
import type {
  Answer,
  AnswerRequest,
  ChecklistView,
  Waiver,
  WaiverRequest,
} from '../../../core/checklists/checklist.schema.js';
import type { ChecklistPhase } from '../../../core/projects/phase.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import { api, toQueryString } from '../../api/client.js';

const projectPath = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}`;

/** Everything cached about one project's checklist (views, waivers, history). */
export const checklistKey = (projectId: string) => ['checklist', projectId] as const;

/** The checklist of one phase, or of every phase up to the current one (phase undefined). */
export function checklistQuery(
  projectId: string,
  phase: ChecklistPhase | undefined,
  lang: LanguageCode,
) {
  return queryOptions({
    queryKey: [...checklistKey(projectId), 'view', phase ?? 'all', lang],
    queryFn: () =>
      api.get<ChecklistView>(
        `${projectPath(projectId)}/checklist${toQueryString({ phase, lang })}`,
      ),
  });
}

export interface SavedAnswer {
  answer: Answer;
  scores: ChecklistView['scores'];
}

/** Saves one answer; a stale `version` is refused with `conflict` and `details.current`. */
export function saveAnswer(
  projectId: string,
  itemId: string,
  request: AnswerRequest,
): Promise<SavedAnswer> {
  const path = `${projectPath(projectId)}/answers/${encodeURIComponent(itemId)}`;
  return api.put<SavedAnswer>(path, request);
}

/** The waivers of a project. */
export function waiversQuery(projectId: string) {
  return queryOptions({
    queryKey: [...checklistKey(projectId), 'waivers'],
    queryFn: () => api.get<{ items: Waiver[] }>(`${projectPath(projectId)}/waivers`),
  });
}

/** Waives a mandatory item with a reason (protection officers). */
export function createWaiver(projectId: string, request: WaiverRequest): Promise<Waiver> {
  return api.post<Waiver>(`${projectPath(projectId)}/waivers`, request);
}

type AnswerValues = Pick<Answer, 'status' | 'justification' | 'note'>;

export interface HistoryEntry {
  id: number;
  itemId: string;
  before: AnswerValues | null;
  after: AnswerValues;
  changedBy: string | null;
  changedAt: string;
}

/** The changes to a project's answers, newest first. */
export function historyQuery(projectId: string) {
  return queryOptions({
    queryKey: [...checklistKey(projectId), 'history'],
    queryFn: () => api.get<{ items: HistoryEntry[] }>(`${projectPath(projectId)}/history`),
  });
}
