package se.kretslopp.search.api;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/** Type-ahead suggestions: matching categories first, then titles of visible listings. */
public record Suggestions(List<Suggestion> suggestions) {

    public record Suggestion(String text, String kind, @Nullable UUID categoryId, @Nullable UUID listingId) {
    }
}
