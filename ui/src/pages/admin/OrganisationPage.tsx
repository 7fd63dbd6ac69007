import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { loadable } from '../../api'
import type { Organisation } from '../../api/admin'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading, useErrorText } from '../../components/LoadError'
import { AuditEntries } from './AuditEntries'
import { OrganisationForm } from './OrganisationForm'
import { ActiveBadge } from './OrganisationsPage'
import { fromOrganisation } from './organisationSchema'
import { useAdminApi } from './useAdminApi'

/** /admin/organisationer/:id: an organisation, to edit, deactivate or reactivate, and its history. */
export function OrganisationPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const api = useAdminApi()
  const location = useLocation()
  const registered = (location.state as { registered?: boolean } | null)?.registered === true
  const query = useQuery({ queryKey: ['admin', 'organisation', id], queryFn: () => api.organisation(id) })
  const state = loadable(query)
  const [saved, setSaved] = useState(false)

  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') {
    return (
      <section className="card">
        <LoadError error={state.error} onRetry={() => void query.refetch()} />
      </section>
    )
  }
  const { data: organisation, etag } = state.data
  return (
    <section className="card card--wide" aria-labelledby="organisation-title" data-testid="organisation-page" data-id={organisation.id}>
      <p className="crumb">
        <Link to="/admin/organisationer">{t('admin.organisations.title')}</Link>
      </p>
      <h1 id="organisation-title" className="card__title">
        {organisation.name}
      </h1>
      <p className="fact">
        <span className="code" data-testid="organisation-page-code">
          {organisation.code}
        </span>{' '}
        · {organisation.organisationNumber} · <ActiveBadge active={organisation.active} />
      </p>
      {registered && (
        <p className="success" role="status" data-testid="organisation-registered">
          {t('admin.organisation.registered', { code: organisation.code })}
        </p>
      )}
      <h2 className="section-title">{t('admin.organisation.edit')}</h2>
      {saved && (
        <p className="success" role="status" data-testid="organisation-saved">
          {t('common.saved')}
        </p>
      )}
      <OrganisationForm
        key={organisation.version}
        mode="edit"
        defaultValues={fromOrganisation(organisation)}
        onSubmit={async (request) => {
          setSaved(false)
          // The code never changes; the API accepts a PUT without it.
          const { code: _code, ...body } = request
          void _code
          await api.updateOrganisation(organisation.id, body, etag ?? `"${organisation.version}"`)
          await query.refetch()
          setSaved(true)
        }}
        onReload={() => void query.refetch()}
      />
      <ActivationPanel organisation={organisation} onChanged={() => void query.refetch()} />
      <History id={organisation.id} version={organisation.version} />
    </section>
  )
}

/** Deactivating (or reactivating) says first what it does, and does it only when confirmed. */
function ActivationPanel({ organisation, onChanged }: { organisation: Organisation; onChanged: () => void }) {
  const { t } = useTranslation()
  const api = useAdminApi()
  const [confirming, setConfirming] = useState(false)
  const deactivating = organisation.active
  const mutation = useMutation({
    mutationFn: () => (deactivating ? api.deactivateOrganisation(organisation.id) : api.reactivateOrganisation(organisation.id)),
    onSuccess: () => {
      setConfirming(false)
      onChanged()
    },
  })
  return (
    <div className="panel" data-testid="organisation-activation">
      <h2 className="section-title">{deactivating ? t('admin.organisation.deactivateTitle') : t('admin.organisation.reactivateTitle')}</h2>
      <p className="muted">{deactivating ? t('admin.organisation.deactivateIntro') : t('admin.organisation.reactivateIntro')}</p>
      <button
        type="button"
        className={deactivating ? 'button button--danger' : 'button'}
        onClick={() => {
          mutation.reset()
          setConfirming(true)
        }}
        data-testid={deactivating ? 'organisation-deactivate' : 'organisation-reactivate'}
      >
        {deactivating ? t('admin.organisation.deactivate') : t('admin.organisation.reactivate')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={deactivating ? t('admin.organisation.deactivateConfirmTitle', { name: organisation.name }) : t('admin.organisation.reactivateConfirmTitle', { name: organisation.name })}
          text={deactivating ? t('admin.organisation.deactivateConfirm') : t('admin.organisation.reactivateConfirm')}
          confirm={deactivating ? t('admin.organisation.deactivate') : t('admin.organisation.reactivate')}
          danger={deactivating}
          busy={mutation.isPending}
          error={mutation.error}
          onConfirm={() => mutation.mutate()}
          onClose={() => setConfirming(false)}
        />
      )}
    </div>
  )
}

interface ConfirmProps {
  title: string
  text: string
  confirm: string
  danger: boolean
  busy: boolean
  error: unknown
  onConfirm: () => void
  onClose: () => void
}

/** A modal <dialog>: focus stays inside it and Escape closes it. */
function ConfirmDialog({ title, text, confirm, danger, busy, error, onConfirm, onClose }: ConfirmProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element || element.open) return
    // jsdom (the unit tests) has no showModal.
    if (typeof element.showModal === 'function') element.showModal()
    else element.setAttribute('open', '')
  }, [])
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="confirm-title" onClose={onClose} data-testid="confirm-dialog">
      <h2 id="confirm-title" className="section-title">
        {title}
      </h2>
      <p data-testid="confirm-text">{text}</p>
      {error != null && <ErrorMessage {...errorText(error, 'errors.save')} />}
      <div className="actions">
        <button type="button" className={danger ? 'button button--danger' : 'button'} disabled={busy} onClick={onConfirm} data-testid="confirm-yes">
          {busy ? t('common.saving') : confirm}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onClose} data-testid="confirm-no">
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  )
}

/** The organisation's own changes in the audit trail, oldest first; loaded again after each change of it. */
function History({ id, version }: { id: string; version: number }) {
  const { t } = useTranslation()
  const api = useAdminApi()
  const query = useQuery({ queryKey: ['admin', 'organisation', id, 'history', version], queryFn: () => api.organisationHistory(id) })
  const state = loadable(query)
  return (
    <div data-testid="organisation-history">
      <h2 className="section-title">{t('admin.organisation.history')}</h2>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadError error={state.error} onRetry={() => void query.refetch()} />}
      {state.kind === 'loaded' &&
        (state.data.length === 0 ? (
          <p className="muted" data-testid="organisation-history-empty">
            {t('admin.organisation.historyEmpty')}
          </p>
        ) : (
          <AuditEntries entries={state.data} />
        ))}
    </div>
  )
}
