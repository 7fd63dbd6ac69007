package se.kretslopp.identity.api;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;

/**
 * Implemented (as a CDI bean) by each feature that keeps names, emails or free text of people: replaces, for one
 * person, what it keeps of them with the person's pseudonym or {@link PseudonymisedPerson#REMOVED}, in the
 * transaction it is given (docs/privacy.md#what-pseudonymisation-replaces). References stay: usernames and
 * subjects used as keys, organisations and ids, quantities and dates, so that balances, reservations and reports do
 * not change. Each update changes only rows that still differ, so a second run changes nothing.
 */
public interface Pseudonymisation {

    /** Replaces the person's data in the feature's tables; how many rows of each table it changed. */
    Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person);
}
