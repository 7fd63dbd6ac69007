package se.kretslopp.delivery.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** An organisation that carries deliveries, to choose in a delivery request. */
@Schema(name = "Carrier", requiredProperties = {"id", "code", "name"})
public record CarrierView(UUID id, String code, String name) {
}
