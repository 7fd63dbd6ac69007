import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SubjectKind } from '../../api/conversations'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useErrorText } from '../../components/LoadError'
import { ThreadPanel } from './ThreadPanel'
import { useConversationApi } from './useConversationApi'

/**
 * A button that opens the organisation's conversation about a subject, starting it when there is none ("Fråga
 * säljaren" on a listing, "Meddelanden" on a reservation), and then shows it in place.
 */
export function StartThread({
  subjectKind,
  subjectId,
  label,
  testId,
  headingLevel = 2,
}: {
  subjectKind: SubjectKind
  subjectId: string
  label: string
  testId: string
  headingLevel?: 2 | 3 | 4
}) {
  const { t } = useTranslation()
  const api = useConversationApi()
  const errorText = useErrorText()
  const [id, setId] = useState<string>()
  const [opening, setOpening] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const open = async () => {
    setOpening(true)
    setFailure(undefined)
    try {
      setId((await api.start(subjectKind, subjectId)).id)
    } catch (error) {
      setFailure(error)
    } finally {
      setOpening(false)
    }
  }
  if (id) return <ThreadPanel conversationId={id} headingLevel={headingLevel} />
  return (
    <div className="actions">
      <button type="button" className="button button--secondary" disabled={opening} onClick={() => void open()} data-testid={testId}>
        {opening ? t('conversation.opening') : label}
      </button>
      {failure !== undefined && <ErrorMessage {...errorText(failure)} />}
    </div>
  )
}
