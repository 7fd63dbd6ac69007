package se.kretslopp.wanted.api;

import java.util.List;
import java.util.UUID;

/** How many open requests (that welcome future supply) an inventory item would satisfy, and whose they are. */
public record ItemDemand(UUID itemId, long openRequests, List<MatchingWanted> requests) {
}
