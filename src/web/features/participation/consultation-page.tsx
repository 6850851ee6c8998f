import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Consultation } from '../../../core/participation/participation-api.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useLanguage } from '../../i18n/use-language.js';
import { useCurrentUser } from '../auth/use-me.js';
import { canRecordParticipation, placeLabel } from './participation-labels.js';
import { consultationQuery } from './participation.api.js';
import { usePrincipleOptions } from './use-participation-options.js';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** Where a decision leads: its project, the action (in its project's plan) or the feedback category. */
function DecisionTarget({ decision }: { decision: Consultation['decisions'][number] }) {
  const { t } = useTranslation();
  if (decision.link === 'project' && decision.project)
    return (
      <Anchor component={Link} to={`/projects/${decision.project.id}`}>
        <bdi>{decision.project.code}</bdi> — {decision.project.title}
      </Anchor>
    );
  if (decision.link === 'action' && decision.action)
    return (
      <Anchor component={Link} to={`/projects/${decision.action.projectId}`}>
        {decision.action.title}
      </Anchor>
    );
  if (decision.feedbackCategory) return <>{t(`feedback.category.${decision.feedbackCategory}`)}</>;
  return <>{t('common.none')}</>;
}

function Details({ c }: { c: Consultation }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const principles = new Map(usePrincipleOptions().map((p) => [p.value, p.label]));
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Fact label={t('participation.form.place')}>
          {placeLabel(c.place, c.locationPcode, lang)} <bdi>({c.locationPcode})</bdi>
        </Fact>
        <Fact label={t('participation.form.project')}>
          {c.project ? (
            <Anchor component={Link} to={`/participation/chart?projectId=${c.project.id}`}>
              <bdi>{c.project.code}</bdi> — {c.project.title}
            </Anchor>
          ) : (
            t('common.none')
          )}
        </Fact>
        <Fact label={t('participation.form.facilitator')}>{c.facilitator}</Fact>
        <Fact label={t('participation.form.languages')}>{c.languages.join(', ')}</Fact>
        <Fact label={t('participation.form.topics')}>{c.topics.join(' · ')}</Fact>
        <Fact label={t('participation.columns.participants')}>{c.totalParticipants}</Fact>
      </SimpleGrid>
      <Group gap="xs">
        {c.groups.map((g) => (
          <Badge key={g.group} variant="default" size="lg" tt="none">
            {t(`participation.groups.${g.group}`)}: {g.count}
          </Badge>
        ))}
      </Group>
      <section aria-labelledby="issues-heading">
        <Title id="issues-heading" order={2} fz="h3" mb="xs">
          {t('participation.form.issues')}
        </Title>
        {c.issues.length === 0 ? (
          <Text c="dimmed">{t('participation.detail.noIssues')}</Text>
        ) : (
          <List spacing="xs">
            {c.issues.map((issue, i) => (
              <List.Item key={i}>
                {issue.description}{' '}
                <Badge variant="default" tt="none">
                  {principles.get(issue.principle) ?? issue.principle}
                </Badge>
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="decisions-heading">
        <Title id="decisions-heading" order={2} fz="h3" mb="xs">
          {t('participation.form.decisions')}
        </Title>
        {c.decisions.length === 0 ? (
          <Text c="dimmed">{t('participation.detail.noDecisions')}</Text>
        ) : (
          <Stack gap="xs">
            {c.decisions.map((d) => (
              <Paper key={d.id} withBorder p="sm">
                <Text>{d.description}</Text>
                <Text size="sm" c="dimmed">
                  {t(`participation.links.${d.link}`)}: <DecisionTarget decision={d} />
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

/** One consultation: who took part, what they raised, what changed. */
export function ConsultationPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { id = '' } = useParams();
  const consultation = useQuery(consultationQuery(id));
  return (
    <QueryView query={consultation} isEmpty={() => false} emptyMessage="">
      {(c) => (
        <>
          <PageHeader
            title={`${t(`participation.methods.${c.method}`)} · ${c.heldOn}`}
            actions={
              canRecordParticipation(role) && (
                <Button component={Link} to={`/participation/consultations/${c.id}/edit`}>
                  {t('common.edit')}
                </Button>
              )
            }
          />
          <Details c={c} />
        </>
      )}
    </QueryView>
  );
}
