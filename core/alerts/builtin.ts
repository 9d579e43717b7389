import { deviceRule } from './device-rules';
import { glucoseTrendRule } from './glucose-rules';
import type { AlertRule } from './rules';
import { thresholdRule } from './threshold-rule';

/** The rules every core starts with; domains add theirs with `core.alerts.register(rule)`. */
export function builtinRules(): AlertRule[] {
  return [thresholdRule(), glucoseTrendRule(), deviceRule()];
}
