import { useTranslation } from 'react-i18next';
import { PROJECT_PHASES, type ProjectPhase } from '../../../core/projects/phase.js';

/** The life-cycle as an ordered list: done, current (aria-current) and coming phases. */
export function LifecycleSteps({ phase }: { phase: ProjectPhase }) {
  const { t } = useTranslation();
  const current = PROJECT_PHASES.indexOf(phase);
  return (
    <nav aria-label={t('projects.lifecycle')}>
      <ol className="lifecycle">
        {PROJECT_PHASES.map((step, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li
              key={step}
              data-state={state}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="lifecycle-marker" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span>{t(`projects.phases.${step}`)}</span>
              {state === 'done' && (
                <span className="visually-hidden">{t('projects.stepDone')}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
