import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../api/admin'
import { TableScroll } from '../../components/TableScroll'

/** The time of an entry, in the current language, to the second. */
export function useDateTime() {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en-GB' : 'sv-SE'
  return (iso: string) => {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'medium' })
  }
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** What an entry changed: each column from → to; a personal column only as "changed" (its value is not kept). */
function Changes({ changes }: { changes: AuditEntry['changes'] }) {
  const { t } = useTranslation()
  const entries = Object.entries(changes ?? {})
  if (entries.length === 0) return null
  return (
    <ul className="plain-list" data-testid="audit-changes">
      {entries.map(([column, change]) => (
        <li key={column}>
          <span className="code">{column}</span>:{' '}
          {change && 'changed' in change && change.changed ? t('admin.audit.changedPersonal') : `${show(change?.from)} → ${show(change?.to)}`}
        </li>
      ))}
    </ul>
  )
}

interface Props {
  entries: AuditEntry[]
  /** Adds the record's kind and id (the audit view). */
  showResource?: boolean
  /** Given: a person's name searches for their changes (by their subject). */
  onActor?: (subject: string) => void
}

/** Entries of the audit trail as a table. */
export function AuditEntries({ entries, showResource = false, onActor }: Props) {
  const { t } = useTranslation()
  const dateTime = useDateTime()
  return (
    <TableScroll label={t('admin.audit.title')} testId="audit-entries">
      <thead>
        <tr>
          <th scope="col">{t('admin.audit.when')}</th>
          <th scope="col">{t('admin.audit.who')}</th>
          {showResource && <th scope="col">{t('admin.audit.resource')}</th>}
          <th scope="col">{t('admin.audit.action')}</th>
          <th scope="col">{t('admin.audit.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-testid="audit-entry" data-action={e.action}>
            <td>{dateTime(e.occurredAt)}</td>
            <td>
              {e.actor.subject === 'system' ? (
                t('admin.audit.system')
              ) : onActor ? (
                <button
                  type="button"
                  className="linklike"
                  title={t('admin.audit.byActor')}
                  onClick={() => onActor(e.actor.subject)}
                  data-testid="audit-entry-actor"
                >
                  {e.actor.name ?? e.actor.subject}
                </button>
              ) : (
                (e.actor.name ?? e.actor.subject)
              )}
              {e.actor.organisation && <span className="muted"> ({e.actor.organisation})</span>}
              {e.requestId && (
                <div className="muted" title={t('admin.audit.requestId')}>
                  <span className="code">{e.requestId}</span>
                </div>
              )}
            </td>
            {showResource && (
              <td>
                <span className="code">{e.resource}</span>
                <div className="muted">
                  <span className="code">{e.resourceId}</span>
                </div>
              </td>
            )}
            <td>{t(`admin.audit.actions.${e.action}`, { defaultValue: e.action })}</td>
            <td>
              <Changes changes={e.changes} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableScroll>
  )
}
