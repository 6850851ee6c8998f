/** The GPC standard protection risks, named and described in the caller's language. */
import { authorize } from '../../../core/policy/authorize.js';
import { shippedProtectionRisks } from '../../content/load-protection-risks.js';
import type { Context } from '../context.js';

export interface ProtectionRiskItem {
  code: string;
  name: string;
  description: string;
}

/** The standard risks in content order, in the caller's language. */
export async function listProtectionRisks(ctx: Context): Promise<{ items: ProtectionRiskItem[] }> {
  authorize(ctx.actor, 'risk.list');
  const content = await shippedProtectionRisks();
  const texts = content.texts[ctx.lang];
  return { items: content.codes.map((code) => ({ code, ...texts[code] })) };
}
