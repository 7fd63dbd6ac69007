import { useMemo } from 'react'
import { createConversationApi } from '../../api/conversations'
import { useAuth } from '../../auth'

/** The conversation API bound to the signed-in person's token. */
export function useConversationApi() {
  const { user } = useAuth()
  const token = user?.access_token ?? ''
  return useMemo(() => createConversationApi(token), [token])
}

/** Query keys of the feature: a write to one thread marks these stale. */
export const CONVERSATIONS = ['conversations']
export const unreadKey = ['conversations', 'unread']
export const threadKey = (id: string) => ['conversations', id]
export const messagesKey = (id: string) => ['conversations', id, 'messages']
