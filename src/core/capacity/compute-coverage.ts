/**
 * Training coverage (decision 029): the share of a project's staff — the users on its staff list —
 * who attended at least one session on the topic, whichever session and project it was. A person
 * trained twice counts once; people no longer on the staff list do not count.
 */
import type { TrainingTopic } from './capacity-codes.js';

export interface CoverageInput {
  projectId: string;
  staffIds: readonly string[];
}

/** Per topic, the users who attended a session on it. */
export type TrainedByTopic = ReadonlyMap<TrainingTopic, ReadonlySet<string>>;

export interface Coverage {
  projectId: string;
  topic: TrainingTopic;
  staff: number;
  trained: number;
  percent: number | null;
  target: number;
  isBelowTarget: boolean;
}

/** Coverage of each project on each topic asked for, flagged when below the target percent. */
export function computeCoverage(
  projects: readonly CoverageInput[],
  topics: readonly TrainingTopic[],
  trainedByTopic: TrainedByTopic,
  target: number,
): Coverage[] {
  return projects.flatMap(({ projectId, staffIds }) =>
    topics.map((topic) => {
      const trainedSet = trainedByTopic.get(topic);
      const trained = trainedSet ? staffIds.filter((id) => trainedSet.has(id)).length : 0;
      const staff = staffIds.length;
      const percent = staff === 0 ? null : Math.round((1000 * trained) / staff) / 10;
      return {
        projectId,
        topic,
        staff,
        trained,
        percent,
        target,
        isBelowTarget: percent !== null && percent < target,
      };
    }),
  );
}
