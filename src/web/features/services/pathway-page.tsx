import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SERVICE_TYPES, type ServiceType } from '../../../core/services/service.schema.js';
import { isLanguageCode, LANGUAGE_CODES, directionOf } from '../../../core/shared/language.js';
import { QueryView } from '../../components/query-view.js';
import { serviceFacts } from './service-page.js';
import { pathwayQuery } from './services.api.js';
import './pathway-print.css';

/**
 * The printable referral pathway of a place and service type, in the chosen language (`?lang=`,
 * else the interface language): labels come from that language's texts, not the interface's.
 */
export function PathwayPage() {
  const { t: ui, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('lang') ?? '';
  const lang = isLanguageCode(asked) ? asked : isLanguageCode(i18n.language) ? i18n.language : 'en';
  // The sheet's language may differ from the interface's: load its texts before printing.
  const texts = useQuery({
    queryKey: ['sheet-language', lang],
    queryFn: async () => {
      if (!i18n.hasResourceBundle(lang, 'translation')) {
        const messages = (await import(`../../i18n/locales/${lang}.json`)) as { default: object };
        i18n.addResourceBundle(lang, 'translation', messages.default);
      }
      return lang;
    },
    staleTime: Infinity,
  });
  const t = i18n.getFixedT(texts.data === lang ? lang : 'en');
  const place = params.get('place') ?? '';
  const type = (SERVICE_TYPES as readonly string[]).includes(params.get('type') ?? '')
    ? (params.get('type') as ServiceType)
    : 'gbv';
  const pathway = useQuery({
    ...pathwayQuery({ place, type, lang }),
    enabled: place !== '' && texts.data === lang,
  });
  const set = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  return (
    <Stack>
      <Group className="no-print" align="flex-end" gap="sm">
        <TextInput
          label={ui('directory.filters.place')}
          defaultValue={place}
          onBlur={(e) => set('place', e.currentTarget.value.trim().toUpperCase())}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
        <Select
          label={ui('directory.filters.type')}
          data={SERVICE_TYPES.map((v) => ({ value: v, label: ui(`directory.types.${v}`) }))}
          value={type}
          onChange={(v) => set('type', v)}
          allowDeselect={false}
        />
        <Select
          label={ui('directory.pathway.language')}
          data={LANGUAGE_CODES.map((v) => ({
            value: v,
            label: ui(`directory.languageNames.${v}`),
          }))}
          value={lang}
          onChange={(v) => set('lang', v)}
          allowDeselect={false}
        />
        <Button onClick={() => window.print()} disabled={!pathway.data}>
          {ui('directory.pathway.print')}
        </Button>
      </Group>
      {place === '' ? (
        <Text className="no-print">{ui('directory.pathway.choose')}</Text>
      ) : (
        <QueryView query={pathway} isEmpty={() => false} emptyMessage="">
          {(p) => (
            <article className="pathway-sheet" lang={lang} dir={directionOf(lang)}>
              <Title order={1} size="h2">
                {t('directory.pathway.heading', {
                  type: t(`directory.types.${p.type}`),
                  place: p.place.name,
                })}
              </Title>
              <Text size="sm">
                {[p.place.name, ...p.parents.map((x) => x.name)].join(' › ')} ·{' '}
                {t('directory.pathway.generated', { date: p.generatedOn })}
              </Text>
              <Text size="sm" fw={600} mt="xs">
                {t('directory.pathway.consentReminder')}
              </Text>
              {p.services.length === 0 ? (
                <Text mt="md">{t('directory.pathway.none')}</Text>
              ) : (
                p.services.map((s, index) => (
                  <section key={s.id} className="pathway-service">
                    <Title order={2} size="h4">
                      {index + 1}. {s.name}
                    </Title>
                    <Table withRowBorders={false} verticalSpacing={2}>
                      <Table.Tbody>
                        {serviceFacts(s, t).map(([key, value]) => (
                          <Table.Tr key={key}>
                            <Table.Th scope="row" w="28%">
                              {t(`directory.fields.${key}`)}
                            </Table.Th>
                            <Table.Td>{value}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </section>
                ))
              )}
            </article>
          )}
        </QueryView>
      )}
    </Stack>
  );
}
