import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ImpactGroup } from '../../api'

/*
 * The two charts of the dashboards (Recharts): CO2e avoided over time, and by category. Values are tonnes of
 * CO2e; the measure is typical or conservative A1–A3.
 */

export type Measure = 'typical' | 'conservative'

function value(group: ImpactGroup, measure: Measure) {
  const kg = measure === 'typical' ? group.figures.co2eTypicalKg : group.figures.co2eConservativeKg
  return Math.round(kg / 10) / 100
}

export function TimeChart({ groups, period, measure, label }: { groups: ImpactGroup[]; period: string; measure: Measure; label: string }) {
  const data = groups.map((g) => ({ name: g.key[period], tonnes: value(g, measure) }))
  return (
    <div className="chart" data-testid="chart-time" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis unit=" t" />
          <Tooltip formatter={(v) => [`${String(v)} t CO2e`, label]} />
          <Bar dataKey="tonnes" fill="#2f7d4a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

export function CategoryChart({ groups, measure, label, english }: { groups: ImpactGroup[]; measure: Measure; label: string; english: boolean }) {
  const data = groups
    .map((g) => ({ name: (english ? g.label['category.en'] : g.label.category) ?? g.key.category, tonnes: value(g, measure) }))
    .sort((a, b) => b.tonnes - a.tonnes)
    .slice(0, 12)
  return (
    <div className="chart" data-testid="chart-category" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 32 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" unit=" t" />
          <YAxis type="category" dataKey="name" width={170} />
          <Tooltip formatter={(v) => [`${String(v)} t CO2e`, label]} />
          <Bar dataKey="tonnes" fill="#4f9a68" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
