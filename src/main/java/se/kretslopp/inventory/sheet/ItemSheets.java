package se.kretslopp.inventory.sheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import se.kretslopp.inventory.api.ItemView;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The inventory's spreadsheets in one bean for the inventory service: import, export, template. All of it is
 * blocking CPU work (POI), so call it from a worker thread, e.g. {@code Uni.createFrom().item(...)
 * .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())} or a {@code @Blocking} endpoint.
 */
@ApplicationScoped
public class ItemSheets {

    private final ItemSheetReader reader;
    private final ItemSheetWriter writer = new ItemSheetWriter();
    private final ItemSheetTemplate template = new ItemSheetTemplate();

    public ItemSheets(Validator validator) {
        this.reader = new ItemSheetReader(validator);
    }

    /** See {@link ItemSheetReader#read}; throws ProblemException 413, 415 or 422 for a file it cannot read. */
    public ParsedSheet read(byte[] bytes, String filename, String contentType,
                            Function<String, Optional<UUID>> categories) {
        return reader.read(bytes, filename, contentType, categories);
    }

    public byte[] export(List<ItemView> items, SheetFormat format) {
        return writer.write(items, format);
    }

    public byte[] template(SheetFormat format) {
        return template.template(format);
    }
}
