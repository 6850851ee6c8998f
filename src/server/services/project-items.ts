/** Which items of a project's pinned checklist version apply to it. */
import type { Db } from '../db/database.js';
import { listChecklistItems, type ChecklistItemRow } from '../repos/checklists.repo.js';
import type { ProjectRow } from '../repos/projects.repo.js';

/** The items of a project: general items and those of its sectors, in content order. */
export async function projectItems(db: Db, project: ProjectRow): Promise<ChecklistItemRow[]> {
  const items = await listChecklistItems(db, project.checklistVersionId);
  return items.filter((i) => isItemOfProject(i, project));
}

/** Whether an item of the project's version applies to it: its sectors, and not added after it began. */
export function isItemOfProject(item: ChecklistItemRow, project: ProjectRow): boolean {
  const ofSector = item.sector === null || project.sectors.includes(item.sector);
  return ofSector && (!item.custom || item.addedAt <= project.createdAt);
}
