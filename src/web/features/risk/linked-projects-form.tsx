import { Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskAnalysis } from '../../../core/risk/risk-analysis-api.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { SuccessAlert } from '../../components/success-alert.js';
import { errorMessage } from '../../lib/error-message.js';
import { projectsQuery } from '../projects/projects.api.js';
import { linkProjects, RISK_QUERY_KEY } from './risk.api.js';

/** The projects of the analysis's country that target this risk, chosen from a searchable list. */
export function LinkedProjectsForm({ analysis }: { analysis: RiskAnalysis }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState(() => analysis.projects.map((p) => p.id));
  const [saved, setSaved] = useState(false);
  const candidates = useQuery(
    projectsQuery({ country: analysis.country, page: 1, pageSize: 200, sort: 'code' }),
  );
  const options = new Map(analysis.projects.map((p) => [p.id, `${p.code} — ${p.title}`]));
  for (const p of candidates.data?.items ?? []) options.set(p.id, `${p.code} — ${p.title}`);
  const save = useMutation({
    mutationFn: () => linkProjects(analysis.id, chosen),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: RISK_QUERY_KEY });
    },
  });
  return (
    <Stack gap="sm" maw={760}>
      <FormAlert message={save.error ? errorMessage(save.error, t) : null} />
      <SuccessAlert
        message={saved && !save.isPending ? t('risk.edit.projectsSaved') : null}
        onClose={() => setSaved(false)}
      />
      <MultiSelect
        label={t('risk.edit.projects')}
        description={t('risk.edit.projectsHint')}
        searchable
        clearable
        nothingFoundMessage={t('risk.edit.noProjectFound')}
        data={[...options].map(([value, label]) => ({ value, label }))}
        value={chosen}
        onChange={(ids) => {
          setSaved(false);
          setChosen(ids);
        }}
      />
      {candidates.isError && <Text c="red">{t('risk.edit.projectsUnavailable')}</Text>}
      <Group justify="flex-end">
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          {t('risk.edit.saveProjects')}
        </Button>
      </Group>
    </Stack>
  );
}
