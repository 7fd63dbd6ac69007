package se.kretslopp.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A node of the two-level category tree of components (doors → interior doors). */
@Entity
@Table(name = "category")
class Category {

    @Id
    UUID id;

    @Column(name = "parent_id")
    UUID parentId;

    @Column(nullable = false, unique = true)
    String code;

    @Column(name = "name_sv", nullable = false)
    String nameSv;

    @Column(name = "name_en", nullable = false)
    String nameEn;

    @Column(name = "boverket_id")
    String boverketId;

    @Column(name = "sort_order", nullable = false)
    int sortOrder;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
