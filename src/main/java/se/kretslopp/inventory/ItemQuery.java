package se.kretslopp.inventory;

import se.kretslopp.inventory.api.ItemRequest;

import java.util.UUID;

/** Filters and order of a building's item list. Sort fields are an allow-list, never user text in a query. */
record ItemQuery(String text, UUID categoryId, ItemRequest.Status status, ItemRequest.Fate fate, Sort sort,
                 boolean descending) {

    enum Sort {
        name("i.name"),
        category(null),
        quantity("i.quantity"),
        condition("i.condition"),
        fate("i.fate"),
        hazard("i.hazardCheck"),
        status("i.status"),
        createdAt("i.createdAt"),
        updatedAt("i.updatedAt");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }
}
