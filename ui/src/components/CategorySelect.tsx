import type { Ref, SelectHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import type { Category } from '../api'
import { useLocalName } from '../pages/inventory/names'

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'children'> & {
  /** The <select> itself (react-hook-form focuses it when it is invalid). */
  ref?: Ref<HTMLSelectElement>
  categories: Category[]
  value: string
  onChange: (id: string) => void
  /** The text of the empty choice. */
  emptyLabel: string
  /** Whether a top-level category with children may be chosen itself (a filter), or only its children (a form). */
  topLevelChoosable?: boolean
  /** Counts to show after the names, by category id. */
  counts?: Record<string, number>
}

export function sortCategories(list: Category[] | undefined, localName: (c: Category) => string): Category[] {
  return [...(list ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || localName(a).localeCompare(localName(b)))
}

/** A select over the two-level category tree. Extra props (id, aria-*, data-testid) reach the <select>. */
export function CategorySelect({ categories, value, onChange, emptyLabel, topLevelChoosable = false, counts, ...rest }: Props) {
  const { i18n } = useTranslation()
  const localName = useLocalName()
  const label = (c: Category) => {
    const count = counts?.[c.id]
    return count ? `${localName(c)} (${count.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE')})` : localName(c)
  }
  return (
    <select className="input" value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
      <option value="">{emptyLabel}</option>
      {sortCategories(categories, localName).map((top) => {
        const children = sortCategories(top.children, localName)
        if (children.length === 0) {
          return (
            <option key={top.id} value={top.id}>
              {label(top)}
            </option>
          )
        }
        if (!topLevelChoosable) {
          return (
            <optgroup key={top.id} label={localName(top)}>
              {children.map((c) => (
                <option key={c.id} value={c.id}>
                  {label(c)}
                </option>
              ))}
            </optgroup>
          )
        }
        return [
          <option key={top.id} value={top.id}>
            {label(top)}
          </option>,
          ...children.map((c) => (
            <option key={c.id} value={c.id}>
              {`\u00a0\u00a0\u00a0${label(c)}`}
            </option>
          )),
        ]
      })}
    </select>
  )
}
