package se.kretslopp.identity.api;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * Implemented (as a CDI bean) by each feature that keeps data about people: for one person, what it keeps about
 * them, for the download of their own data ({@code GET /api/v1/me/data}, docs/privacy.md). Only rows that record
 * this person (their organisation and the name the features record them by) belong in it, and of those only the
 * columns about them: never another person's name, username or text. The identity feature knows nothing about the
 * other features' tables.
 *
 * <p>Both methods read one query (or session) at a time and hold no connection while waiting for another: the
 * export asks every feature in turn, on one request.
 */
public interface PersonalData {

    /** What the feature keeps about the person, as named parts (an empty part is kept: it says "nothing"). */
    Uni<List<PersonalDataPart>> about(DataSubject person);

    /** The files the person uploaded, each read only when the download reaches it; none by default. */
    default Multi<PersonalFile> files(DataSubject person) {
        return Multi.createFrom().empty();
    }
}
