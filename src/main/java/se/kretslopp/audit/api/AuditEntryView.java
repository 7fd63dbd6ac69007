package se.kretslopp.audit.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change in the audit trail. {@code changes} maps each changed column to {@code {from, to}} (a personal
 * column only to {@code {changed: true}}); {@code chainPosition} is null until the entry is sealed into the chain.
 */
public record AuditEntryView(long id, OffsetDateTime occurredAt, Actor actor, @Nullable String requestId,
                             @Nullable String clientAddress,
                             String resource, String resourceId, String action, @Nullable Long versionBefore,
                             @Nullable Long versionAfter, @Nullable JsonNode changes, @Nullable Long chainPosition) {

    /** Who made the change: {@code subject} "system" for the service's own jobs. */
    public record Actor(String subject, @Nullable String name, @Nullable UUID organisationId,
                        @Nullable String organisation) {
    }
}
