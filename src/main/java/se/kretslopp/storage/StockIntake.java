package se.kretslopp.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One delivery received at a site; it brings one or more lots. */
@Entity
@Table(name = "stock_intake")
class StockIntake {

    @Id
    UUID id;

    @Column(name = "site_id", nullable = false, updatable = false)
    UUID siteId;

    @Column(name = "delivered_at", nullable = false)
    OffsetDateTime deliveredAt;

    @Column(name = "delivered_by_organisation_id")
    UUID deliveredByOrganisationId;

    @Column(name = "delivered_by_name")
    String deliveredByName;

    String note;

    @Column(name = "received_by", nullable = false)
    String receivedBy;

    @Column(name = "received_by_organisation_id", nullable = false)
    UUID receivedByOrganisationId;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;
}
