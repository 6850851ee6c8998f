import { buildFramework } from '../../core/framework/build-framework.js';
import type { Framework } from '../../core/framework/framework.schema.js';
import { authorize } from '../../core/policy/authorize.js';
import type { LanguageCode } from '../../core/shared/language.js';
import type { Context } from './context.js';

/** The protection-mainstreaming framework (principles, phases, sectors, glossary) in one language. */
export function getFramework(ctx: Context, lang: LanguageCode): Framework {
  authorize(ctx.actor, 'framework.read');
  return buildFramework(ctx.deps.framework, lang);
}
