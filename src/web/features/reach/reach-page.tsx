import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.js';
import { BaselineForm } from './baseline-form.js';
import { BaselineImportPanel } from './baseline-import.js';
import { BaselinesList } from './baselines-list.js';
import { ReachImportPanel } from './reach-import.js';
import { ReachTable } from './reach-table.js';

/** Reach figures and population baselines: the table, imports, and baseline entry. */
export function ReachPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('reach.title')} description={t('reach.description')} />
      <Tabs defaultValue="table" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="table">{t('reach.tabs.table')}</Tabs.Tab>
          <Tabs.Tab value="import">{t('reach.tabs.import')}</Tabs.Tab>
          <Tabs.Tab value="baselines">{t('reach.tabs.baselines')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="table">
          <ReachTable />
        </Tabs.Panel>
        <Tabs.Panel value="import">
          <ReachImportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="baselines">
          <Stack gap="lg">
            <BaselinesList />
            <BaselineImportPanel />
            <BaselineForm />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
