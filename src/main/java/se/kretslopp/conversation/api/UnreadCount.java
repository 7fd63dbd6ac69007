package se.kretslopp.conversation.api;

/** How many messages of others the reader has not read, in all their organisation's threads. */
public record UnreadCount(long unread, long threads) {
}
