import { Alert, Anchor, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/use-language.js';
import { checklistQuery } from '../checklist/checklist.api.js';

interface BlockedAlertProps {
  projectId: string;
  itemIds: string[];
}

/** Why endorsement was refused: the mandatory items neither met nor waived, linked. */
export function BlockedAlert({ projectId, itemIds }: BlockedAlertProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const checklist = useQuery(checklistQuery(projectId, undefined, lang));
  const byId = new Map((checklist.data?.items ?? []).map((item) => [item.id, item]));
  return (
    <Alert color="orange" title={t('projects.blocked.title')} role="alert" mt="sm">
      <Text size="sm" mb="xs">
        {t('projects.blocked.body', { count: itemIds.length })}
      </Text>
      <List size="sm" spacing={4}>
        {itemIds.map((id) => {
          const item = byId.get(id);
          const to = `/projects/${projectId}?tab=checklist&phase=${item?.phase ?? 'design'}#item-${id}`;
          return (
            <List.Item key={id}>
              <Anchor
                component={Link}
                to={to}
                size="sm"
                c="var(--mantine-color-text)"
                underline="always"
              >
                {item?.text ?? id}
              </Anchor>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
