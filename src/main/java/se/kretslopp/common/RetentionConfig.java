package se.kretslopp.common;

import io.smallrye.config.ConfigMapping;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/**
 * How long personal data is kept before the retention jobs remove it (KRETSLOPP_RETENTION_*; docs/privacy.md), and
 * how often the jobs run. A negative period is refused at start-up: it would remove everything at once.
 */
@ConfigMapping(prefix = "kretslopp.retention")
public interface RetentionConfig {

    /** How often each retention job runs (its {@code @Scheduled} reads the same setting). */
    @DurationMin(seconds = 1)
    Duration interval();

    /** A read notification, from when it was read. */
    @DurationMin(nanos = 0)
    Duration readNotifications();

    /** Every notification, read or not, from when it was made (its email is done by then). */
    @DurationMin(nanos = 0)
    Duration notifications();

    /** The free text of a reservation (message, rejection reason, destination), from when it ended. */
    @DurationMin(nanos = 0)
    Duration reservationFreeText();

    /** The client address of an audit entry, from when the change was made (the entry itself stays). */
    @DurationMin(nanos = 0)
    Duration auditClientAddresses();

    /**
     * A decided application to join (approved, rejected, withdrawn), from its decision: the applicant's name and
     * email, the contact person and the free text go; who applied, for which organisation, and the decision stay.
     */
    @DurationMin(nanos = 0)
    Duration decidedApplications();

    /** An invitation that was accepted, revoked or has expired, from then: the address it was sent to goes. */
    @DurationMin(nanos = 0)
    Duration closedInvitations();
}
