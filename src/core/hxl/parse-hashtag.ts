/**
 * One HXL hashtag spec (HXL standard 1.1): `#tag` then any number of `+attribute`s, in any order,
 * case-insensitive, spaces allowed between them (`#adm1 +code`). Returns the tag and attributes in
 * lower case, attributes deduplicated in their written order.
 */
export interface Hashtag {
  tag: string;
  attributes: string[];
}

const SPEC = /^#([a-z][a-z0-9_]*)((?:\s*\+\s*[a-z][a-z0-9_]*)*)$/;

/** The hashtag written in a cell, or undefined when the cell holds none. */
export function parseHashtag(cell: string): Hashtag | undefined {
  const match = cell.trim().toLowerCase().match(SPEC);
  if (!match) return undefined;
  const attributes = (match[2] ?? '')
    .split('+')
    .map((a) => a.trim())
    .filter(Boolean);
  return { tag: match[1]!, attributes: [...new Set(attributes)] };
}

/** The canonical spelling: `#reached+f+age60plus` (no spaces). */
export function formatHashtag(hashtag: Hashtag): string {
  return `#${hashtag.tag}${hashtag.attributes.map((a) => `+${a}`).join('')}`;
}
