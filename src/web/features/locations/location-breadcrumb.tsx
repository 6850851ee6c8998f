import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language.js';
import { locationQuery } from './locations.api.js';
import { placeName } from './location-labels.js';

interface LocationBreadcrumbProps {
  parent: string | undefined;
  onOpen: (pcode: string | undefined) => void;
}

/** Where the table is in the hierarchy: all countries › country › admin1 › … (each one opens). */
export function LocationBreadcrumb({ parent, onOpen }: LocationBreadcrumbProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const place = useQuery({ ...locationQuery(parent ?? ''), enabled: Boolean(parent) });
  const trail = place.data ? [...place.data.ancestors, place.data] : [];
  const link = (label: string, pcode: string | undefined) => (
    <Anchor key={pcode ?? 'all'} component="button" type="button" onClick={() => onOpen(pcode)}>
      {label}
    </Anchor>
  );
  return (
    <nav aria-label={t('locations.breadcrumb')}>
      <Breadcrumbs separator="›" separatorMargin={6} mb="sm" style={{ flexWrap: 'wrap' }}>
        {link(t('locations.allCountries'), undefined)}
        {trail.map((p, i) =>
          i === trail.length - 1 ? (
            <Text key={p.pcode} fw={600} aria-current="location">
              <bdi>{placeName(p, lang)}</bdi>
            </Text>
          ) : (
            link(placeName(p, lang), p.pcode)
          ),
        )}
      </Breadcrumbs>
      {place.data && place.data.formerPcodes.length > 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('locations.formerly', { codes: place.data.formerPcodes.join(', ') })}
        </Text>
      )}
    </nav>
  );
}
