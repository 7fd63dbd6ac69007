package se.kretslopp.conversation.api;

/** What a conversation is about. */
public enum SubjectKind {
    /** A listing: a prospective buyer's organisation asks the seller's. */
    LISTING,
    /** A reservation: its buyer and its seller. */
    RESERVATION,
    /** A wanted request: a seller's organisation offers to the organisation that wants. */
    WANTED
}
