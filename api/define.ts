import { z } from 'zod';
import type { AccessNeed, AccessNeedFor } from './access';

/** One procedure of the typed API: its input (validated at the edge), output shapes and the access it needs. */
export interface ProcedureDef<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** Enforced by `core.call` for every transport before the handler runs (api/access.ts). */
  access: AccessNeed;
  /** false: callable without signing in (health, login, register); follows from `access`. */
  auth: boolean;
}
/**
 * `access` is required: a procedure that does not say who may call it, or names a field
 * its arguments lack as where its subject is, does not compile.
 */
export const procedure = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: AccessNeedFor<z.output<I>>): ProcedureDef<I, O> => ({
  input,
  output,
  access,
  auth: access !== 'public',
});
export const None = z.object({}).default({});
export const Ok = z.object({ ok: z.literal(true) });
export const ById = z.object({ id: z.string().min(1) });
