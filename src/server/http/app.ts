/**
 * The HTTP application: middleware in order (security headers, body limit, request context,
 * origin check), the declared API routes, the OpenAPI document, and the web app's static files.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { MAX_ATTACHMENT_BYTES } from '../services/attachments.service.js';
import { AppError } from '../../core/errors.js';
import type { Deps } from '../services/context.js';
import type { AppEnv } from './app-env.js';
import { handleError } from './error-handler.js';
import { originCheck } from './middleware/origin-check.js';
import { requestContext } from './middleware/request-context.js';
import { noStore, securityHeaders } from './middleware/security-headers.js';
import { registerAdminRoutes } from './routes/admin.routes.js';
import { registerAuthRoutes } from './routes/auth.routes.js';
import { registerFrameworkRoutes } from './routes/framework.routes.js';
import { registerHealthRoutes } from './routes/health.routes.js';
import { registerMeRoutes } from './routes/me.routes.js';
import { registerUserRoutes } from './routes/users.routes.js';
import { registerAccessRoutes } from './routes/access.routes.js';
import { registerActionRoutes } from './routes/actions.routes.js';
import { registerAttachmentRoutes } from './routes/attachments.routes.js';
import { registerFeedbackRoutes } from './routes/feedback.routes.js';
import { registerFeedbackExtraRoutes } from './routes/feedback-extra.routes.js';
import { registerReportRoutes } from './public/report.routes.js';
import { registerUpdateRoutes } from './public/updates.routes.js';
import { registerCommunityUpdateRoutes } from './routes/community-updates.routes.js';
import { registerSettingsRoutes } from './routes/settings.routes.js';
import { registerRiskAnalysisRoutes } from './routes/risk-analyses.routes.js';
import { registerChecklistRoutes } from './routes/checklist.routes.js';
import { registerChecklistVersionRoutes } from './routes/checklist-versions.routes.js';
import { registerPortfolioRoutes } from './routes/portfolio.routes.js';
import { registerProjectRoutes } from './routes/projects.routes.js';
import { registerReachRoutes } from './routes/reach.routes.js';
import { registerBaselineRoutes } from './routes/baselines.routes.js';
import { registerLocationRoutes } from './routes/locations.routes.js';
import { registerSafetyRoutes } from './routes/safety-audits.routes.js';
import { registerCapacityRoutes } from './routes/capacity.routes.js';
import { registerParticipationRoutes } from './routes/committees.routes.js';
import { registerServicesRoutes } from './routes/services.routes.js';
import { serveWebApp } from './web-app.js';
import { validationError } from './validation.js';
import type { DeclaredRoute } from './route-table.js';

export const MAX_BODY_BYTES = 1024 * 1024;
export const OPENAPI_PATH = '/api/openapi.json';

/** Routes outside the OpenAPI registry, declared here so that the matrix test sees them too. */
export const UNDOCUMENTED_ROUTES: DeclaredRoute[] = [
  { method: 'GET', path: OPENAPI_PATH, action: 'openapi.read' },
  { method: 'GET', path: '/report', action: 'public.report' },
  { method: 'POST', path: '/report', action: 'public.report' },
  { method: 'GET', path: '/report/status', action: 'public.report' },
  { method: 'GET', path: '/updates/{id}', action: 'public.report' },
];

export interface AppOptions {
  publicOrigin?: string | undefined;
  /** Folder of the built web app; omitted in API-only tests. */
  webRoot?: string | undefined;
}

/** Builds the application around its dependencies. */
export function createApp(deps: Deps, options: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw validationError(result.error, c.get('ctx').lang);
    },
  });
  app.onError(handleError);
  app.use('*', securityHeaders());
  app.use('/api/*', noStore());
  app.use('/api/*', requestSizeLimit());
  app.use('*', requestContext(deps));
  app.use('/api/*', originCheck(options.publicOrigin));

  registerHealthRoutes(app);
  registerAuthRoutes(app);
  registerMeRoutes(app);
  registerFrameworkRoutes(app);
  registerUserRoutes(app);
  registerAdminRoutes(app);
  registerProjectRoutes(app);
  registerChecklistRoutes(app);
  registerActionRoutes(app);
  registerPortfolioRoutes(app);
  registerChecklistVersionRoutes(app);
  registerAttachmentRoutes(app);
  // Before /feedback/{id}: its guard and validator would otherwise claim /feedback/export.
  registerFeedbackExtraRoutes(app);
  registerFeedbackRoutes(app);
  registerCommunityUpdateRoutes(app);
  registerSettingsRoutes(app);
  registerReachRoutes(app);
  registerBaselineRoutes(app);
  registerLocationRoutes(app);
  registerRiskAnalysisRoutes(app);
  registerAccessRoutes(app);
  registerSafetyRoutes(app);
  registerCapacityRoutes(app);
  registerParticipationRoutes(app);
  registerServicesRoutes(app);

  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: { title: 'Mainstream API', version: deps.version },
  });
  registerReportRoutes(app);
  registerUpdateRoutes(app);
  app.all('/api/*', () => {
    throw new AppError('not_found', 'record.not_found');
  });
  if (options.webRoot) serveWebApp(app, options.webRoot);
  return app;
}

export type App = ReturnType<typeof createApp>;

const UPLOAD_PATH =
  /^\/api\/v1\/(projects\/[^/]+\/answers\/[^/]+\/attachments|feedback\/import|locations\/import|reach\/imports|baselines\/imports|directory\/imports|safety\/audits\/[^/]+\/photos)$/;

/** 1 MB for every request body, except file uploads (evidence, logs: 10 MB plus multipart overhead). */
function requestSizeLimit(): MiddlewareHandler {
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError('payload_too_large', 'request.too_large');
      },
    });
  const json = limit(MAX_BODY_BYTES);
  const upload = limit(MAX_ATTACHMENT_BYTES + 64 * 1024);
  return (c, next) => (UPLOAD_PATH.test(c.req.path) ? upload(c, next) : json(c, next));
}
