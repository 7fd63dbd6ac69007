import { Controller, get, type Control, type FieldValues, type Path } from 'react-hook-form'
import type { Category } from '../api'
import { CategorySelect } from '../components/CategorySelect'
import { FormField } from './FormField'

type Props<T extends FieldValues> = {
  control: Control<T>
  name: Path<T>
  label: string
  categories: Category[]
  emptyLabel: string
  required?: boolean
  topLevelChoosable?: boolean
  testId: string
}

/** A form's category (the two-level tree) as a react-hook-form field: its label, its error, and focus when invalid. */
export function CategoryField<T extends FieldValues>({ control, name, label, categories, emptyLabel, required, topLevelChoosable, testId }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, formState }) => (
        <FormField label={label} error={get(formState.errors, name)} required={required}>
          <CategorySelect
            categories={categories}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            emptyLabel={emptyLabel}
            topLevelChoosable={topLevelChoosable}
            data-testid={testId}
          />
        </FormField>
      )}
    />
  )
}
