import { useTranslation } from 'react-i18next';

/** "Skip to content": the first stop of the keyboard, visible only when focused. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const onClick = (event: React.MouseEvent<HTMLAnchorElement>) => {
    // Move focus without touching the URL (the router owns it).
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={onClick}>
      {t('app.skipToContent')}
    </a>
  );
}
