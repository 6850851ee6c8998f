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
import { ConfirmRemoveButton } from '../../components/confirm-remove-button.js';
import { photoUrl, removePhoto, SAFETY_KEY, uploadPhoto } from './safety.api.js';

/** Removes a photo (one showing a face or a name, say) after a second tap. */
function RemovePhotoButton({
  auditId,
  photoId,
  number,
}: Record<'auditId' | 'photoId', string> & { number: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => removePhoto(auditId, photoId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SAFETY_KEY }),
  });
  return (
    <>
      <ConfirmRemoveButton
        label={t('safety.photos.remove')}
        accessibleLabel={t('safety.photos.removeNamed', { number })}
        confirmLabel={t('safety.photos.confirmRemove', { number })}
        keepLabel={t('safety.photos.keep')}
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
      <FormAlert message={remove.isError ? errorMessage(remove.error, t) : null} />
    </>
  );
}

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
              <Stack key={photo.id} gap={4}>
                <Anchor href={photoUrl(audit.id, photo.id)} download>
                  <Image
                    src={photoUrl(audit.id, photo.id)}
                    alt={t('safety.photos.alt', { number: index + 1, date: audit.date })}
                    radius="sm"
                    h={120}
                    fit="cover"
                  />
                </Anchor>
                {editable && (
                  <RemovePhotoButton auditId={audit.id} photoId={photo.id} number={index + 1} />
                )}
              </Stack>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
