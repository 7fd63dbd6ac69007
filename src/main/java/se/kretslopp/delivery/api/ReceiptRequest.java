package se.kretslopp.delivery.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The receipt token of a delivery note's QR code (or the whole URL it holds). */
@Schema(name = "DeliveryReceiptRequest")
public record ReceiptRequest(@NotBlank @Size(max = 300) String token) {
}
