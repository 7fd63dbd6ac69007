import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { loadable } from '../../api'
import { INVITATION_ROLES, type Invitation, type InvitationRole, type Member } from '../../api/membership'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadError, Loading } from '../../components/LoadError'
import { applyProblem, zodResolver } from '../../forms'
import { FormField } from '../../forms/FormField'
import { useSession } from '../../session'
import { invitationSchema, type InvitationForm } from './schema'
import { useDateTime, useJoiningProblem, useMembershipApi } from './shared'
import { TableScroll } from '../../components/TableScroll'
import { EmptyState } from '../../components/EmptyState'

const MEMBERS = ['joining', 'members'] as const
const INVITATIONS = ['joining', 'invitations'] as const

/** /organisation/medlemmar: an organisation's admin keeps its members and invites colleagues. */
export function MembersPage() {
  const { t } = useTranslation()
  const { me } = useSession()
  return (
    <section className="card card--wide" aria-labelledby="members-title" data-testid="members-page">
      <h1 id="members-title" className="card__title">
        {t('joining.members.title')}
      </h1>
      {me && <p className="muted">{t('joining.members.intro', { organisation: me.organisation.name })}</p>}
      <Members />
      <InviteForm />
      <Invitations />
    </section>
  )
}

function Members() {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const membersQuery = useQuery({ queryKey: MEMBERS, queryFn: () => membership.members() })
  const members = loadable(membersQuery)
  return (
    <section aria-labelledby="members-list-title">
      <h2 id="members-list-title" className="section-title">
        {t('joining.members.members')}
      </h2>
      {members.kind === 'loading' && <Loading />}
      {members.kind === 'failed' && <LoadError error={members.error} onRetry={() => void membersQuery.refetch()} />}
      {members.kind === 'loaded' &&
        (members.data.length === 0 ? (
          <EmptyState testId="members-empty" message={t('joining.members.empty')} hint={t('emptyHint.members')} />
        ) : (
          <TableScroll labelledBy="members-list-title" className="table table--cards" testId="members-table">
            <thead>
              <tr>
                <th scope="col">{t('joining.members.name')}</th>
                <th scope="col">{t('joining.members.email')}</th>
                <th scope="col">{t('home.roles')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('joining.members.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((m) => (
                <MemberRow key={m.subject} member={m} />
              ))}
            </tbody>
          </TableScroll>
        ))}
    </section>
  )
}

function MemberRow({ member: m }: { member: Member }) {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const queryClient = useQueryClient()
  const problem = useJoiningProblem()
  const remove = useMutation({
    mutationFn: () => membership.removeMember(m.subject ?? ''),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MEMBERS }),
  })
  const failure = problem(remove.error)
  const name = m.name || m.username || ''
  return (
    <tr data-testid="member-row" data-username={m.username}>
      <td data-label={t('joining.members.name')}>
        {name}
        {m.username && m.username !== name && <span className="muted"> ({m.username})</span>}
      </td>
      <td data-label={t('joining.members.email')}>{m.email}</td>
      <td data-label={t('home.roles')}>{(m.roles ?? []).map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}</td>
      <td>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm(t('joining.members.removeConfirm', { name }))) remove.mutate()
          }}
          data-testid="member-remove"
        >
          {t('joining.members.remove')}
        </button>
        {failure && (
          <p className="field__error" role="alert" data-testid="member-remove-error">
            {failure.message}
          </p>
        )}
      </td>
    </tr>
  )
}

function InviteForm() {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const queryClient = useQueryClient()
  const [formError, setFormError] = useState<string>()
  const [sent, setSent] = useState<Invitation>()
  const { register, handleSubmit, setError, reset, formState } = useForm<InvitationForm>({
    resolver: zodResolver(invitationSchema),
    defaultValues: { email: '', role: 'contractor' },
  })
  const invite = useMutation({
    mutationFn: (form: InvitationForm) => membership.invite(form.email.trim(), form.role as InvitationRole),
    onMutate: () => {
      setFormError(undefined)
      setSent(undefined)
    },
    onSuccess: (invitation, form) => {
      setSent(invitation)
      reset({ email: '', role: form.role })
      void queryClient.invalidateQueries({ queryKey: INVITATIONS })
    },
    onError: (error) => setFormError(applyProblem(error, setError, ['email', 'role'])),
  })
  return (
    <form className="form panel" onSubmit={(e) => void handleSubmit((form) => invite.mutate(form))(e)} noValidate data-testid="invite-form">
      <h2 className="section-title">{t('joining.invite.title')}</h2>
      <p className="muted">{t('joining.invite.intro')}</p>
      <div className="grid grid--2">
        <FormField label={t('joining.invite.email')} error={formState.errors.email} required>
          <input className="input" type="email" data-testid="invite-email" {...register('email')} />
        </FormField>
        <FormField label={t('joining.invite.role')} error={formState.errors.role} required>
          <select className="input" data-testid="invite-role" {...register('role')}>
            {INVITATION_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      {formError && <ErrorMessage message={formError} />}
      {sent && (
        <p className={sent.mailed ? 'success' : 'notice'} role="status" data-testid="invite-sent" data-mailed={String(sent.mailed)}>
          {sent.mailed ? t('joining.invite.sent', { email: sent.email }) : t('joining.invite.notMailed', { email: sent.email })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={invite.isPending} data-testid="invite-submit">
          {t('joining.invite.submit')}
        </button>
      </div>
    </form>
  )
}

function Invitations() {
  const { t } = useTranslation()
  const membership = useMembershipApi()
  const queryClient = useQueryClient()
  const dateTime = useDateTime()
  const problem = useJoiningProblem()
  const listQuery = useQuery({ queryKey: INVITATIONS, queryFn: () => membership.invitations() })
  const list = loadable(listQuery)
  const revoke = useMutation({
    mutationFn: (id: string) => membership.revoke(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INVITATIONS }),
  })
  const failure = problem(revoke.error)
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title" className="section-title">
        {t('joining.invite.pending')}
      </h2>
      {failure && <ErrorMessage title={failure.title} message={failure.message} detail={failure.detail} />}
      {list.kind === 'loading' && <Loading />}
      {list.kind === 'failed' && <LoadError error={list.error} onRetry={() => void listQuery.refetch()} />}
      {list.kind === 'loaded' &&
        (list.data.length === 0 ? (
          <EmptyState testId="invitations-empty" message={t('joining.invite.none')} hint={t('emptyHint.invitations')} />
        ) : (
          <TableScroll labelledBy="invitations-title" className="table table--cards" testId="invitations-table">
            <thead>
              <tr>
                <th scope="col">{t('joining.invite.email')}</th>
                <th scope="col">{t('joining.invite.role')}</th>
                <th scope="col">{t('joining.invite.expires')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('joining.members.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((i) => (
                <tr key={i.id} data-testid="invitation-row" data-email={i.email}>
                  <td data-label={t('joining.invite.email')}>{i.email}</td>
                  <td data-label={t('joining.invite.role')}>{t(`roles.${i.role ?? ''}`, { defaultValue: i.role })}</td>
                  <td data-label={t('joining.invite.expires')}>{dateTime(i.expiresAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={revoke.isPending}
                      onClick={() => {
                        if (window.confirm(t('joining.invite.revokeConfirm', { email: i.email }))) revoke.mutate(i.id ?? '')
                      }}
                      data-testid="invitation-revoke"
                    >
                      {t('joining.invite.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableScroll>
        ))}
    </section>
  )
}
