import { z } from 'zod';
import { on } from './access';
import { ById, Ok, procedure } from './define';
import { Threshold, ThresholdInput } from './schemas';

/**
 * Threshold templates (issue #19): a clinician saves a set of limits once ("adult T1D",
 * "neonate") and applies it to any person they manage, or to a new person as they add
 * them (`subjects.create` `template_id`). Templates belong to the account that made them:
 * only it sees, edits, deletes or applies them. What applying keeps and what it replaces:
 * core/templates/README.md.
 */

/** The same limits a person's thresholds take (`thresholds.put`), at least one. */
export const TemplateItems = z.array(ThresholdInput).min(1).max(200);
export const TemplateInput = z.object({ name: z.string().trim().min(1).max(100), items: TemplateItems });

export const ThresholdTemplate = z.object({
  id: z.string(),
  name: z.string(),
  items: z.array(Threshold),
  /** 1 when made; each update adds one. */
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ThresholdTemplate = z.infer<typeof ThresholdTemplate>;

/** Where a person's limits for one metric came from: a template, while nobody has changed them since. */
export const ThresholdOrigin = z.object({
  metric: z.string(),
  template_id: z.string(),
  template_name: z.string(),
  template_version: z.number().int(),
  applied_at: z.string(),
  /** true once its owner deleted the template: the person keeps the limits, and where they came from. */
  template_deleted: z.boolean(),
});
export type ThresholdOrigin = z.infer<typeof ThresholdOrigin>;

export const ApplyTemplateResult = z.object({
  /** The person's thresholds after applying. */
  thresholds: z.array(Threshold),
  /** Metrics whose limits the template set. */
  applied: z.array(z.string()),
  /** Metrics the template names whose limits were the person's own and were kept. */
  kept: z.array(z.string()),
  origins: z.array(ThresholdOrigin),
});

export const templatesProcedures = {
  /** The caller's own templates, by name. */
  'templates.list': procedure(z.object({}).default({}), z.array(ThresholdTemplate), 'signed_in'),
  /** 409 when the caller already has a template of that name; 400 naming the field for bad limits. */
  'templates.create': procedure(TemplateInput, ThresholdTemplate, 'signed_in'),
  /** Only the owner: someone else's template is 404, as if it did not exist. */
  'templates.update': procedure(ById.extend({ name: TemplateInput.shape.name.optional(), items: TemplateItems.optional() }), ThresholdTemplate, 'signed_in'),
  /** A new name only: the limits, and so the version people's limits came from, stay (409 when the caller has that name already). */
  'templates.rename': procedure(ById.extend({ name: TemplateInput.shape.name }), ThresholdTemplate, 'signed_in'),
  /** People whose limits came from it keep them; their origin says the template was deleted. */
  'templates.delete': procedure(ById, Ok, 'signed_in'),
  /** Copies one of the caller's templates into the person's thresholds; the person's own limits stay. */
  'thresholds.apply_template': procedure(z.object({ subject_id: z.string().min(1), template_id: z.string().min(1) }), ApplyTemplateResult, on('manage')),
  /** Which of the person's metrics have limits from a template (the rest are the person's own). */
  'thresholds.origins': procedure(z.object({ subject_id: z.string().min(1) }), z.array(ThresholdOrigin), on('read')),
} as const;
