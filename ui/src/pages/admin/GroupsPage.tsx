import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { z } from 'zod'
import { ApiError, loadable } from '../../api'
import type { OrganisationGroup } from '../../api/admin'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading } from '../../components/LoadError'
import { Pager } from '../../components/Pager'
import { applyProblem, zodResolver } from '../../forms'
import { FormField } from '../../forms/FormField'
import { useAdminApi } from './useAdminApi'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'

const SIZE = 50

const groupName = z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong')
const groupSchema = z.object({
  code: z.string().trim().min(1, 'validation.required').regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'validation.code'),
  name: groupName,
})
const renameSchema = z.object({ name: groupName })

/** /admin/grupper: the organisation groups with their number of members; create one, rename one. */
export function GroupsPage() {
  const { t } = useTranslation()
  const api = useAdminApi()
  const [page, setPage] = useState(0)
  const query = useQuery({
    queryKey: ['admin', 'groups', { page }],
    queryFn: () => api.groups(page, SIZE),
    placeholderData: keepPreviousData,
  })
  const state = loadable(query)
  const reload = () => void query.refetch()
  return (
    <section className="card card--wide" aria-labelledby="groups-title" data-testid="groups-page">
      <p className="crumb">
        <Link to="/admin">{t('admin.title')}</Link>
      </p>
      <h1 id="groups-title" className="card__title">
        {t('admin.groups.title')}
      </h1>
      <p className="muted">{t('admin.groups.intro')}</p>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={reload} />}
      {state.kind === 'loaded' &&
        (state.data.items.length === 0 ? (
          <EmptyState testId="groups-empty" message={t('admin.groups.empty')} hint={t('emptyHint.groups')} />
        ) : (
          <>
            <TableScroll labelledBy="groups-title" testId="groups-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.groups.name')}</th>
                  <th scope="col">{t('admin.groups.code')}</th>
                  <th scope="col">{t('admin.groups.members')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.groups.rename')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((g) => (
                  <GroupRow key={`${g.code}-${g.version}`} group={g} onRenamed={reload} />
                ))}
              </tbody>
            </TableScroll>
            <Pager page={page} size={SIZE} total={state.data.total} onPage={setPage} />
          </>
        ))}
      <NewGroupForm onCreated={reload} />
    </section>
  )
}

function GroupRow({ group, onRenamed }: { group: OrganisationGroup; onRenamed: () => void }) {
  const { t } = useTranslation()
  const api = useAdminApi()
  const [editing, setEditing] = useState(false)
  const [failure, setFailure] = useState<string | undefined>()
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(renameSchema), defaultValues: { name: group.name } })
  const submit = handleSubmit(async ({ name }) => {
    setFailure(undefined)
    try {
      await api.renameGroup(group.code, name, group.version)
      setEditing(false)
      onRenamed()
    } catch (error) {
      setFailure(error instanceof ApiError && error.status === 412 ? t('common.stale') : applyProblem(error, setError, ['name']))
    }
  })
  return (
    <tr data-testid="group-row" data-code={group.code}>
      <td>
        {editing ? (
          <form onSubmit={(e) => void submit(e)} noValidate data-testid="group-rename-form">
            <FormField label={t('admin.groups.newName')} error={errors.name}>
              <input className="input" {...register('name')} data-testid="group-rename-name" />
            </FormField>
            {failure && <ErrorMessage message={t('admin.groups.renameFailed')} detail={failure} />}
            <div className="actions">
              <button type="submit" className="button button--small" disabled={isSubmitting} data-testid="group-rename-save">
                {t('common.save')}
              </button>
              <button type="button" className="button button--small button--secondary" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <span data-testid="group-name">{group.name}</span>
        )}
      </td>
      <td className="code">{group.code}</td>
      <td data-testid="group-members">{group.members}</td>
      <td>
        {!editing && (
          <button type="button" className="button button--small button--secondary" onClick={() => setEditing(true)} data-testid="group-rename">
            {t('admin.groups.rename')}
          </button>
        )}
      </td>
    </tr>
  )
}

function NewGroupForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation()
  const api = useAdminApi()
  const [failure, setFailure] = useState<string | undefined>()
  const [created, setCreated] = useState<string | undefined>()
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(groupSchema), defaultValues: { code: '', name: '' } })
  const submit = handleSubmit(async (values) => {
    setFailure(undefined)
    setCreated(undefined)
    try {
      const group = await api.createGroup(values)
      reset()
      setCreated(group.name)
      onCreated()
    } catch (error) {
      setFailure(applyProblem(error, setError, ['code', 'name']))
    }
  })
  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate data-testid="group-form">
      <h2 className="section-title">{t('admin.groups.new')}</h2>
      <div className="grid grid--2">
        <FormField label={t('admin.groups.code')} error={errors.code} hint={t('admin.groups.codeHint')} required>
          <input className="input input--code" spellCheck={false} autoCapitalize="none" {...register('code')} data-testid="group-code" />
        </FormField>
        <FormField label={t('admin.groups.name')} error={errors.name} required>
          <input className="input" {...register('name')} data-testid="group-name-input" />
        </FormField>
      </div>
      {failure && <ErrorMessage message={t('admin.groups.createFailed')} detail={failure} />}
      {created && (
        <p className="success" role="status" data-testid="group-created">
          {t('admin.groups.created', { name: created })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting} data-testid="group-save">
          {isSubmitting ? t('common.saving') : t('admin.groups.create')}
        </button>
      </div>
    </form>
  )
}
