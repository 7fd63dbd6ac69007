package se.kretslopp.delivery.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** When the carrier plans to arrive. */
@Schema(name = "DeliveryPlanRequest")
public record PlanRequest(@NotNull OffsetDateTime plannedAt) {
}
