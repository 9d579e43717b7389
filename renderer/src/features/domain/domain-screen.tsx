import type { Subject } from '../../../../api/schemas';
import type { Prefs } from '../../app/prefs';
import { LatestValues } from '../metric/latest-values';
import { staleAfterMin } from '../metric/freshness';
import { MetricChart } from '../metric/metric-chart';

const DOMAINS = {
  diabetes: { title: 'Diabetes', metrics: ['glucose'] },
  baby: { title: 'Baby monitor', metrics: ['cry_probability', 'body_temperature', 'room_temperature', 'humidity'] },
  tremor: { title: 'Tremor', metrics: ['tremor_percent', 'tremor_magnitude'] },
} as const;

/** A domain's readings for the selected person: latest values and the day's charts. */
export function DomainScreen({ domain, subject, prefs }: { domain: keyof typeof DOMAINS; subject: Subject | null; prefs: Prefs }) {
  const d = DOMAINS[domain];
  if (!subject) return <p>Add a person on the Overview first.</p>;
  return (
    <section aria-labelledby="domain-title" className="stack">
      <h1 id="domain-title">{d.title}: {subject.name}</h1>
      <div className="card"><LatestValues subjectId={subject.id} metrics={[...d.metrics]} glucoseUnit={prefs.glucoseUnit} staleAfterMin={staleAfterMin(subject.settings)} /></div>
      {d.metrics.map((m) => (
        <MetricChart key={m} subjectId={subject.id} metric={m} glucoseUnit={prefs.glucoseUnit} />
      ))}
    </section>
  );
}
