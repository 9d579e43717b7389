import { z } from 'zod';

/** One procedure of the typed API: its input (validated at the edge) and output shapes. */
export interface ProcedureDef<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** false: callable without signing in (health, login, register). */
  auth: boolean;
}
export const procedure = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, auth = true): ProcedureDef<I, O> => ({ input, output, auth });
export const None = z.object({}).default({});
export const Ok = z.object({ ok: z.literal(true) });
export const ById = z.object({ id: z.string().min(1) });
