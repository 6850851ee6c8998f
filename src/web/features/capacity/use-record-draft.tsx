import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/error-message.js';
import { ConflictNotice, staleCurrent } from './capacity-conflict.js';

/**
 * The draft of a form that records something new (`record` undefined) or edits a record at the
 * version read (`current`): `load` takes a newer version after a stale save, `clear` empties the
 * form of a new record once saved.
 */
export function useRecordDraft<R, D>(record: R | undefined, draftOf: (r: R) => D, blank: D) {
  const [current, setCurrent] = useState(record);
  const [draft, setDraft] = useState<D>(record ? draftOf(record) : blank);
  return {
    current,
    draft,
    set:
      <K extends keyof D>(key: K) =>
      (value: D[K]) =>
        setDraft((d) => ({ ...d, [key]: value })),
    load: (latest: R) => {
      setCurrent(latest);
      setDraft(draftOf(latest));
    },
    clear: () => setDraft(blank),
  };
}

/** A refused save: "load the latest version" when it was stale, its message otherwise. */
export function SaveProblem<R>({
  error,
  onLoadLatest,
}: {
  error: Error | null;
  onLoadLatest: (latest: R) => void;
}) {
  const { t } = useTranslation();
  const latest = staleCurrent<R>(error);
  if (latest) return <ConflictNotice onLoad={() => onLoadLatest(latest)} />;
  return <FormAlert message={error ? errorMessage(error, t) : null} />;
}
