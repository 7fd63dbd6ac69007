package se.kretslopp.inventory.sheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import se.kretslopp.common.ProblemTexts;
import se.kretslopp.inventory.api.ItemView;

import java.util.List;
import java.util.Locale;
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

    /**
     * The rows are validated on a worker thread, outside the request that Quarkus takes the language of Bean
     * Validation's messages from; so there is a validator per language, each interpolating in its own.
     */
    public ItemSheets(ValidatorFactory validation) {
        MessageInterpolator interpolator = validation.getMessageInterpolator();
        var english = validation.usingContext().messageInterpolator(in(interpolator, ProblemTexts.ENGLISH))
                .getValidator();
        var swedish = validation.usingContext().messageInterpolator(in(interpolator, ProblemTexts.SWEDISH))
                .getValidator();
        this.reader = new ItemSheetReader(language -> ProblemTexts.SWEDISH.getLanguage()
                .equals(language.getLanguage()) ? swedish : english);
    }

    private static MessageInterpolator in(MessageInterpolator interpolator, Locale language) {
        return new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, language);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return interpolator.interpolate(template, context, language);
            }
        };
    }

    /** See {@link ItemSheetReader#read}; throws ProblemException 413, 415 or 422 for a file it cannot read. */
    public ParsedSheet read(byte[] bytes, String filename, String contentType,
                            Function<String, Optional<UUID>> categories, Locale language) {
        return reader.read(bytes, filename, contentType, categories, language);
    }

    public byte[] export(List<ItemView> items, SheetFormat format) {
        return writer.write(items, format);
    }

    public byte[] template(SheetFormat format) {
        return template.template(format);
    }
}
