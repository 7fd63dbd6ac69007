package se.kretslopp.membership.api;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An invitation as its organisation's admins see it (never its token: that is in the email alone); {@code mailed}
 * only in the answer to the invitation: whether the mail server took the email.
 */
public record InvitationView(UUID id, String email, String role, String status, OffsetDateTime expiresAt,
                             OffsetDateTime createdAt, @Nullable Boolean mailed) {
}
