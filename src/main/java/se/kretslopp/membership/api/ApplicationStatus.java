package se.kretslopp.membership.api;

/** Where an application to join stands. */
public enum ApplicationStatus {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
