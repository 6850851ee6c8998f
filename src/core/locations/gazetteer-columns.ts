/**
 * Where a gazetteer's columns are, for both COD-AB layouts (../shared/formats/README.md §1):
 * classic `admin{L}Pcode`, `admin{L}Name_{lang}` (also `ADM{L}_PCODE`, `ADM{L}_{LANG}`), and the
 * 2025 layout `adm{L}_pcode`, `adm{L}_name`, `adm{L}_name1..3` whose languages are given per row
 * in `lang`, `lang1..3`. Old P-codes (`admin{L}oldPcode`) are read; reference and alternate names
 * are ignored.
 */
export interface LevelColumns {
  level: number;
  pcode?: number;
  /** The P-code this place had in the previous version of the gazetteer. */
  oldPcode?: number;
  /** Classic layout: language → column. */
  names: Record<string, number>;
  /** New layout: name column → the column holding its language. */
  namesByLanguageColumn: { name: number; language: number }[];
}

export interface GazetteerColumns {
  levels: LevelColumns[];
  validOn?: number;
  validTo?: number;
}

const normalise = (header: string) =>
  header
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase();

/** The columns of each administrative level found in a header row, from the country down. */
export function gazetteerColumns(header: readonly string[]): GazetteerColumns {
  const levels = new Map<number, LevelColumns>();
  const levelOf = (l: number) => {
    const found = levels.get(l) ?? { level: l, names: {}, namesByLanguageColumn: [] };
    levels.set(l, found);
    return found;
  };
  const names = header.map(normalise);
  const languageColumn = (suffix: string) => names.indexOf(`lang${suffix}`);
  const result: GazetteerColumns = { levels: [] };
  names.forEach((name, index) => {
    let m: RegExpMatchArray | null;
    if ((m = name.match(/^admin(\d)pcode$|^adm(\d)_pcode$/)))
      levelOf(Number(m[1] ?? m[2])).pcode = index;
    else if ((m = name.match(/^admin(\d)oldpcode$/))) levelOf(Number(m[1])).oldPcode = index;
    else if ((m = name.match(/^admin(\d)name_?([a-z]{2})$|^adm(\d)_(en|fr|es|ar|pt|ru|zh)$/)))
      levelOf(Number(m[1] ?? m[3])).names[m[2] ?? m[4]!] = index;
    else if ((m = name.match(/^adm(\d)_name([1-3])?$/))) {
      const language = languageColumn(m[2] ?? '');
      if (language >= 0)
        levelOf(Number(m[1])).namesByLanguageColumn.push({ name: index, language });
    } else if (name === 'valid_on' || name === 'validon') result.validOn = index;
    else if (name === 'valid_to' || name === 'validto') result.validTo = index;
  });
  result.levels = [...levels.values()].sort((a, b) => a.level - b.level);
  return result;
}
