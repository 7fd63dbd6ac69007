import { apiBlob, apiFetch } from './client'
import { postIdempotent } from './idempotency'
import type { components } from './schema'
import { uploadFile, type UploadOptions } from './upload'

/*
 * Conversations between two organisations about a listing, a reservation or a wanted request (docs/conversations.md):
 * /api/v1/conversations and the moderation of reported messages (/api/v1/admin/moderation/messages). The types are
 * the generated schema's (components['schemas']); an answer's property that may be null is optional there and
 * allows null.
 */

export const SUBJECT_KINDS = ['LISTING', 'RESERVATION', 'WANTED'] as const satisfies readonly components['schemas']['SubjectKind'][]
export type SubjectKind = (typeof SUBJECT_KINDS)[number]

/** Longest message, in characters once trimmed (the server's rule). */
export const MAX_MESSAGE_LENGTH = 4000
/** Most attachments of one message. */
export const MAX_ATTACHMENTS = 5
/** Largest attachment, in bytes (10 MiB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

export type ConversationOrganisation = components['schemas']['ConversationOrganisation']
/** `url`: relative to the service; a photo's is /api/v1/photos/..., a PDF's a download. */
export type Attachment = components['schemas']['AttachmentView']
/** `text`: plain text, to be shown as text; null when a moderator hid the message. */
export type ConversationMessage = components['schemas']['MessageView']
export type Conversation = components['schemas']['ConversationView']
export type UnreadCount = components['schemas']['UnreadCount']
export type ReportedMessage = components['schemas']['ReportedMessage']

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
