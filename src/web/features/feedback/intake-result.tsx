import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isReceipt, type IntakeAnswer } from './feedback.api.js';

interface IntakeResultProps {
  answer: IntakeAnswer;
  onAnother: () => void;
}

/**
 * After logging: an SEA case shows only that it went confidentially to the PSEA focal point, with
 * its reference and receipt (nothing of the case stays on this screen); any other case links to
 * its page.
 */
export function IntakeResult({ answer, onAnother }: IntakeResultProps) {
  const { t } = useTranslation();
  const another = (
    <Button onClick={onAnother} autoFocus>
      {t('feedback.intake.another')}
    </Button>
  );
  if (isReceipt(answer)) {
    return (
      <Stack gap="md" maw={640} role="status">
        <Alert color="grape" title={t('feedback.intake.confidentialTitle')}>
          <Text size="sm">
            {t('feedback.intake.confidential', {
              reference: answer.reference,
              receipt: answer.receipt,
            })}
          </Text>
        </Alert>
        <Group>{another}</Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={640} role="status">
      <Alert color="green" title={t('feedback.intake.loggedTitle')}>
        <Text size="sm">{t('feedback.intake.logged', { reference: answer.reference })}</Text>
      </Alert>
      <Group>
        {another}
        <Anchor component={Link} to={`/feedback/${answer.id}`}>
          {t('feedback.intake.openCase', { reference: answer.reference })}
        </Anchor>
      </Group>
    </Stack>
  );
}
