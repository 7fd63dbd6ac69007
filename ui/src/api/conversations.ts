import { apiBlob, apiFetch } from './client'
import { postIdempotent } from './idempotency'
import type { components } from './schema'
import { uploadFile, type UploadOptions } from './upload'

/*
 * Conversations between two organisations about a listing, a reservation or a wanted request (docs/conversations.md):
 * /api/v1/conversations and the moderation of reported messages (/api/v1/admin/moderation/messages). The generated
 * schema marks every answer property optional, so the answers are typed here against its names.
 */

export const SUBJECT_KINDS = ['LISTING', 'RESERVATION', 'WANTED'] as const satisfies readonly components['schemas']['SubjectKind'][]
export type SubjectKind = (typeof SUBJECT_KINDS)[number]

/** Longest message, in characters once trimmed (the server's rule). */
export const MAX_MESSAGE_LENGTH = 4000
/** Most attachments of one message. */
export const MAX_ATTACHMENTS = 5
/** Largest attachment, in bytes (10 MiB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

export interface ConversationOrganisation {
  id: string
  code: string | null
  name: string | null
}

export interface Attachment {
  id: string
  kind: 'PHOTO' | 'PDF'
  contentType: string
  filename: string | null
  sizeBytes: number
  /** Relative to the service; a photo's is /api/v1/photos/..., a PDF's a download. */
  url: string
  thumbnailUrl: string | null
}

export interface ConversationMessage {
  id: string
  conversationId: string
  organisation: ConversationOrganisation
  authorUsername: string
  authorName: string | null
  /** Plain text, to be shown as text; null when a moderator hid the message. */
  text: string | null
  createdAt: string
  mine: boolean
  hidden: boolean
  hiddenAt: string | null
  attachments: Attachment[]
}

export interface Conversation {
  id: string
  subjectKind: SubjectKind
  subjectId: string
  subjectTitle: string
  buyer: ConversationOrganisation
  seller: ConversationOrganisation
  otherParty: ConversationOrganisation
  startedBy: string
  createdAt: string
  lastMessageAt: string | null
  lastMessage: ConversationMessage | null
  unread: number
}

export type UnreadCount = Required<components['schemas']['UnreadCount']>

export interface ReportedMessage {
  id: string
  conversationId: string
  subjectTitle: string | null
  organisation: ConversationOrganisation
  authorUsername: string
  authorName: string | null
  text: string
  createdAt: string
  hiddenAt: string | null
  hiddenBy: string | null
  hiddenReason: string | null
  reports: { reason: string; username: string; organisation: ConversationOrganisation; createdAt: string }[]
}

export interface Paged<T> {
  items: T[]
  page: number
  size: number
  total: number
}

const BASE = '/api/v1/conversations'

export function createConversationApi(accessToken: string) {
  const auth = { accessToken }
  return {
    inbox: (page = 0, size = 20, unread = false) =>
      apiFetch<Paged<Conversation>>(`${BASE}?page=${page}&size=${size}${unread ? '&unread=true' : ''}`, auth),
    unread: () => apiFetch<UnreadCount>(`${BASE}/unread`, auth),
    get: (id: string) => apiFetch<Conversation>(`${BASE}/${encodeURIComponent(id)}`, auth),
    /** Opens the organisation's conversation about the subject, or finds the one there is. */
    start: (subjectKind: SubjectKind, subjectId: string, key?: string) =>
      postIdempotent<Conversation>(BASE, { subjectKind, subjectId }, auth, key),
    messages: (id: string, page = 0, size = 50) =>
      apiFetch<Paged<ConversationMessage>>(`${BASE}/${encodeURIComponent(id)}/messages?page=${page}&size=${size}`, auth),
    post: (id: string, text: string, key?: string) =>
      postIdempotent<ConversationMessage>(`${BASE}/${encodeURIComponent(id)}/messages`, { text }, auth, key),
    attach: (id: string, messageId: string, file: File, options: Omit<UploadOptions, 'accessToken'> = {}) =>
      uploadFile<Attachment>(`${BASE}/${encodeURIComponent(id)}/messages/${encodeURIComponent(messageId)}/attachments`, file, {
        ...options,
        accessToken,
      }),
    read: (id: string) => postIdempotent<Conversation>(`${BASE}/${encodeURIComponent(id)}/read`, undefined, auth),
    report: (id: string, messageId: string, reason: string, key?: string) =>
      postIdempotent<void>(`${BASE}/${encodeURIComponent(id)}/messages/${encodeURIComponent(messageId)}/report`, { reason }, auth, key),
    /** A PDF attachment (or a photo) fetched with the token. */
    file: (url: string) => apiBlob(url, auth),
    moderation: (hidden: boolean, page = 0, size = 20) =>
      apiFetch<Paged<ReportedMessage>>(`/api/v1/admin/moderation/messages?status=${hidden ? 'HIDDEN' : 'OPEN'}&page=${page}&size=${size}`, auth),
    hide: (messageId: string, reason: string, key?: string) =>
      postIdempotent<ReportedMessage>(`/api/v1/admin/moderation/messages/${encodeURIComponent(messageId)}/hide`, { reason }, auth, key),
  }
}

export type ConversationApi = ReturnType<typeof createConversationApi>
