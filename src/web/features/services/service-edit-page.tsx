import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QueryView } from '../../components/query-view.js';
import { ServiceForm } from './service-form-page.js';
import { serviceQuery } from './services.api.js';

/** Revise a service of the directory: the add-a-service form with its values and version. */
export function ServiceEditPage() {
  const { id = '' } = useParams();
  const service = useQuery(serviceQuery(id));
  return (
    <QueryView query={service} isEmpty={() => false} emptyMessage="">
      {(s) => <ServiceForm key={s.id} existing={s} />}
    </QueryView>
  );
}
