/* Conversations (/meddelanden) and their moderation (/admin/moderering): one chunk, loaded when first opened. */
export { ConversationPage } from './ConversationPage'
export { ConversationsPage } from './ConversationsPage'
export { ModerationPage } from './ModerationPage'
