import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { forecastAt } from '../core/diabetes/forecast-service';
import { openDatabase } from '../db/open';
import { syntheticCgm } from './cgm-metrics';

/**
 * The cost of a forecast through the core (SQLite read, features, onnxruntime) with the
 * forecast model, side by side with the trend line it replaced as the default: a day of
 * stepped forecasts (`tend forecast --every-min 5`, 288 of them, 120-minute horizon) over
 * 14 days of 5-minute CGM, interleaved repetitions, medians.
 */
export async function benchForecast(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-forecast-'));
  const core = createCore({ db: openDatabase(join(dir, 'f.db')) });
  try {
    const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
    const subject = core.subjects.create(ctx, { name: 'Bench', kind: 'diabetes' }).id;
    const readings = syntheticCgm(14);
    core.deps.db.$client.transaction(() => core.observations.write(subject, readings.map((r, i) => ({ id: `f-${i}`, metric: 'glucose', t: r.t, value: r.v, device_id: null }))))();
    const day0 = readings[0]!.t + 7 * 86_400_000;
    const times = Array.from({ length: 288 }, (_, i) => day0 + i * 300_000);
    const run = async (method: 'model' | 'trend') => {
      const t = performance.now();
      let made = 0;
      for (const at of times) if ((await forecastAt(core, ctx, subject, at, 120, method)).points.length) made++;
      return { ms: performance.now() - t, made };
    };
    await run('model');
    await run('trend');
    const model: number[] = [];
    const trend: number[] = [];
    let madeModel = 0;
    let madeTrend = 0;
    for (let rep = 0; rep < 7; rep++) {
      const m = await run('model');
      const l = await run('trend');
      model.push(m.ms);
      trend.push(l.ms);
      madeModel = m.made;
      madeTrend = l.made;
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const perModel = median(model) / times.length;
    const perTrend = median(trend) / times.length;
    return {
      forecasts: times.length,
      horizon_min: 120,
      model_forecasts_made: madeModel,
      trend_forecasts_made: madeTrend,
      model_ms_per_forecast: +perModel.toFixed(3),
      trend_ms_per_forecast: +perTrend.toFixed(3),
      model_vs_trend: +(perModel / perTrend).toFixed(2),
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
