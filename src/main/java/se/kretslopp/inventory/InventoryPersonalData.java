package se.kretslopp.inventory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.RowMaps;
import se.kretslopp.identity.api.DataSubject;
import se.kretslopp.identity.api.PersonalData;
import se.kretslopp.identity.api.PersonalDataPart;

import java.util.List;
import java.util.Map;

/**
 * The inventory feature's part of a person's data. Buildings and items do not record who made them; a building
 * names a contact person, and where that contact's email is the person's own (in their organisation), its contact
 * details are theirs.
 */
@ApplicationScoped
class InventoryPersonalData implements PersonalData {

    private final Pool pool;

    InventoryPersonalData(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        if (person.email() == null || person.email().isBlank()) {
            return Uni.createFrom().item(List.of(part(List.of())));
        }
        return pool.preparedQuery("""
                        select id as building_id, name as building_name, contact_name, contact_phone, contact_email,
                               archived_at
                        from building where organisation_id = $1 and lower(contact_email) = lower($2)
                        order by created_at, id""")
                .execute(Tuple.of(person.organisationId(), person.email()))
                .map(rows -> List.of(part(RowMaps.of(rows))));
    }

    private static PersonalDataPart part(List<Map<String, Object>> rows) {
        return new PersonalDataPart("buildingContacts", "building", "The buildings of your organisation that name"
                + " you (by your email) as their contact person.", rows);
    }
}
