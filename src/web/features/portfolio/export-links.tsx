import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortfolioQuery } from '../../../core/projects/portfolio.schema.js';
import { portfolioExportUrl } from './portfolio.api.js';

/** Downloads of the portfolio with the same filters, as CSV or Excel. */
export function ExportLinks({ query }: { query: PortfolioQuery }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" className="no-print">
      <Button component="a" href={portfolioExportUrl('csv', query)} download variant="default">
        {t('portfolio.exportCsv')}
      </Button>
      <Button component="a" href={portfolioExportUrl('xlsx', query)} download variant="default">
        {t('portfolio.exportXlsx')}
      </Button>
    </Group>
  );
}
