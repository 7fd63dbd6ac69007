package se.kretslopp.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.identity.api.DataSubject;
import se.kretslopp.identity.api.MeResponse;
import se.kretslopp.identity.api.PersonalData;
import se.kretslopp.identity.api.PersonalDataPart;
import se.kretslopp.identity.api.PersonalFile;

import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The download of a person's own data (docs/privacy.md): a ZIP with {@code data.json}, what every feature keeps
 * about them, and the files they uploaded. The features are asked in turn, one query at a time. The archive is
 * sent as it is written: data.json first (written on a worker thread, as a storage operator's part of the ledger
 * can be long), then one photo at a time, each read when the client has taken the one before, so that a person
 * with hundreds of photos costs the service one photo's memory.
 */
@ApplicationScoped
class PersonalDataExport {

    static final String FILENAME = "kretslopp-mina-uppgifter.zip";

    private static final String ABOUT = "Everything Kretslopp keeps about you, as it is stored: each part names the"
            + " table its rows come from and lists them column by column. The photos you uploaded are in photos/."
            + " Why each is kept, on what legal basis, for how long and who sees it: your organisation's privacy"
            + " notice, and docs/privacy.md in Kretslopp's source. Your sign-in account itself (password, sessions)"
            + " is kept by your organisation's identity provider, not by Kretslopp.";

    private final List<PersonalData> sources;
    private final ObjectMapper json;
    private final Vertx vertx;

    PersonalDataExport(Instance<PersonalData> sources, ObjectMapper json, Vertx vertx) {
        this.sources = sources.stream().toList();
        this.json = json;
        this.vertx = vertx;
    }

    /** The archive's pieces, in order; data.json is written before the answer starts, so a failure is a problem. */
    Uni<Multi<byte[]>> zip(CurrentUser user) {
        return zip(DataSubject.of(user), MeResponse.of(user));
    }

    /**
     * The same for a person of no registered, active organisation: what Kretslopp kept of them under the
     * organisation it last knew them in, and what joining keeps by their subject and address.
     */
    Uni<Multi<byte[]>> zip(DataSubject person, Object signedInAs) {
        ZipPieces zip = new ZipPieces();
        return parts(person)
                .flatMap(parts -> onWorker(() -> zip.deflated("data.json", document(signedInAs, parts))))
                .map(data -> Multi.createBy().concatenating().streams(
                        Multi.createFrom().item(data),
                        files(person).map(file -> zip.stored(file.path(), file.content())),
                        Multi.createFrom().item(zip::finish)));
    }

    private Uni<List<PersonalDataPart>> parts(DataSubject person) {
        return Multi.createFrom().iterable(sources)
                .onItem().transformToUniAndConcatenate(source -> source.about(person))
                .collect().in(ArrayList<PersonalDataPart>::new, List::addAll)
                .map(parts -> parts.stream().sorted(Comparator.comparing(PersonalDataPart::name)).toList());
    }

    private Multi<PersonalFile> files(DataSubject person) {
        return Multi.createFrom().iterable(sources).onItem().transformToMultiAndConcatenate(source -> source.files(person));
    }

    private byte[] document(Object signedInAs, List<PersonalDataPart> parts) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exportedAt", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        document.put("about", ABOUT);
        document.put("signedInAs", signedInAs);
        document.put("parts", parts);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs CPU-heavy work off the event loop; the result comes back on the caller's context. */
    private <T> Uni<T> onWorker(Supplier<T> work) {
        return vertx.executeBlocking(Uni.createFrom().item(work));
    }
}
