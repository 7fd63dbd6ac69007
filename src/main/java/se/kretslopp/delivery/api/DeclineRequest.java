package se.kretslopp.delivery.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the carrier declines a delivery; the buyer sees it. */
@Schema(name = "DeliveryDeclineRequest")
public record DeclineRequest(@NotBlank @Size(max = 1000) String reason) {
}
