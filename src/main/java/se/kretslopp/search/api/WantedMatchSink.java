package se.kretslopp.search.api;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.UUID;

/**
 * Told by the outbox relay which wanted requests a listing satisfies, each time a published listing is indexed
 * (published or changed). Implemented by the wanted feature, which records the pairs and notifies once per pair.
 * A failure makes the relay try the listing again later.
 */
public interface WantedMatchSink {

    Uni<Void> matched(ListingDocument listing, List<UUID> wantedIds);
}
