import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ImpactGroup } from '../../api'
import { formatTonnesShort, type Language } from './format'

/*
 * The two charts of the dashboards (Recharts): CO2e avoided (net) over time, and by category. Values are kg of
 * CO2e, shown as tonnes in the language's number format ("2,4 t"); the measure is typical or conservative A1–A3.
 */

export type Measure = 'typical' | 'conservative'

function value(group: ImpactGroup, measure: Measure) {
  return measure === 'typical' ? group.figures.co2eTypicalKg : group.figures.co2eConservativeKg
}

function axis(language: Language) {
  return (kg: number) => formatTonnesShort(kg, language)
}

function tooltip(language: Language, label: string) {
  return (v: unknown) => [`${formatTonnesShort(Number(v), language)} CO2e`, label] as [string, string]
}

export function TimeChart({ groups, period, measure, label, language }: { groups: ImpactGroup[]; period: string; measure: Measure; label: string; language: Language }) {
  const data = groups.map((g) => ({ name: g.key[period], kg: value(g, measure) }))
  return (
    <div className="chart" data-testid="chart-time" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis tickFormatter={axis(language)} width={64} />
          <Tooltip formatter={tooltip(language, label)} />
          <Bar dataKey="kg" fill="#2f7d4a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

export function CategoryChart({ groups, measure, label, language }: { groups: ImpactGroup[]; measure: Measure; label: string; language: Language }) {
  const english = language === 'en'
  const data = groups
    .map((g) => ({ name: (english ? g.label['category.en'] : g.label.category) ?? g.key.category, kg: value(g, measure) }))
    .sort((a, b) => b.kg - a.kg)
    .slice(0, 12)
  return (
    <div className="chart" data-testid="chart-category" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 32 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={axis(language)} />
          <YAxis type="category" dataKey="name" width={170} />
          <Tooltip formatter={tooltip(language, label)} />
          <Bar dataKey="kg" fill="#4f9a68" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
