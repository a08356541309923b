// Pages about one plan (statistics, cycles, consolidated reports) take it from ?plan=ID; without
// one they open the first plan that has a standing office (the one being coordinated).
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql/index.js';

const PlanChoicesDocument = graphql(`
  query PlanChoices {
    plans {
      id
      number
      title
      reportingPeriod
      standingOffice {
        id
      }
    }
  }
`);

export function usePlanParam() {
  const [params, setParams] = useSearchParams();
  const { data } = useQuery(PlanChoicesDocument);
  const plans = data?.plans ?? [];
  const fallback = plans.find((p) => p.standingOffice) ?? plans[0];
  const planId = params.get('plan') ?? fallback?.id ?? null;
  const plan = plans.find((p) => p.id === planId) ?? null;
  const setPlanId = (id: string) => setParams((p) => ({ ...Object.fromEntries(p), plan: id }));
  return { planId, plan, plans, setPlanId };
}

export function PlanPicker({ label }: { label: string }) {
  const { planId, plans, setPlanId } = usePlanParam();
  if (plans.length < 2) return null;
  return (
    <label className="field" style={{ maxWidth: 420 }}>
      <span className="field-label">{label}</span>
      <select value={planId ?? ''} onChange={(e) => setPlanId(e.target.value)}>
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            {p.number}
          </option>
        ))}
      </select>
    </label>
  );
}
