import {
  Anchor,
  Button,
  FileInput,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyAudit } from '../../../core/safety/safety-audit.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/error-message.js';
import { photoUrl, SAFETY_KEY, uploadPhoto } from './safety.api.js';

/** The audit's photos (re-encoded without metadata on the server), and an upload for auditors. */
export function AuditPhotos({ audit, editable }: { audit: SafetyAudit; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadPhoto(audit.id, chosen),
    onSuccess: async () => {
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: SAFETY_KEY });
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="photos-title">
      <Title order={2} size="h4" id="photos-title" mb="sm">
        {t('safety.photos.title')}
      </Title>
      <Stack gap="sm">
        {editable && (
          <Group align="flex-end" gap="sm">
            <FileInput
              label={t('safety.photos.choose')}
              description={t('safety.photos.hint')}
              accept="image/jpeg,image/png,image/webp"
              value={file}
              onChange={setFile}
              clearable
            />
            <Button
              disabled={!file}
              loading={upload.isPending}
              onClick={() => file && upload.mutate(file)}
            >
              {t('safety.photos.upload')}
            </Button>
          </Group>
        )}
        <FormAlert message={upload.isError ? errorMessage(upload.error, t) : null} />
        {audit.photos.length === 0 ? (
          <p>{t('safety.photos.empty')}</p>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {audit.photos.map((photo, index) => (
              <Anchor key={photo.id} href={photoUrl(audit.id, photo.id)} download>
                <Image
                  src={photoUrl(audit.id, photo.id)}
                  alt={t('safety.photos.alt', { number: index + 1, date: audit.date })}
                  radius="sm"
                  h={120}
                  fit="cover"
                />
              </Anchor>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
