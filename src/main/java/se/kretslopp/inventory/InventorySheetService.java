package se.kretslopp.inventory;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.category.CategoryService;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.inventory.api.ImportReport;
import se.kretslopp.inventory.sheet.ItemSheetReader;
import se.kretslopp.inventory.sheet.ItemSheets;
import se.kretslopp.inventory.api.HazardRisk;
import se.kretslopp.inventory.sheet.ParsedRow;
import se.kretslopp.inventory.sheet.ParsedSheet;
import se.kretslopp.inventory.sheet.SheetColumn;
import se.kretslopp.inventory.sheet.SheetProblem;
import se.kretslopp.inventory.sheet.SheetFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.UUID;

/**
 * Spreadsheet import and export of a building's inventory. Parsing and writing workbooks is blocking CPU work:
 * it runs on a worker thread and comes back to the Vert.x context for the database.
 */
@ApplicationScoped
public class InventorySheetService {

    /** A file ready to download. */
    public record Download(String filename, String mediaType, byte[] content) {
    }

    private final ItemSheets sheets;
    private final InventoryItemService items;
    private final BuildingRepository buildings;
    private final CategoryService categories;
    private final CurrentUserService users;
    private final Vertx vertx;

    InventorySheetService(ItemSheets sheets, InventoryItemService items, BuildingRepository buildings,
                          CategoryService categories, CurrentUserService users, Vertx vertx) {
        this.sheets = sheets;
        this.items = items;
        this.buildings = buildings;
        this.categories = categories;
        this.users = users;
        this.vertx = vertx;
    }

    /** Checks a file, and unless it is a dry run or has problems, imports all of its rows in one transaction. */
    public Uni<ImportReport> importItems(UUID buildingId, Path file, long size, String filename, String contentType,
                                         boolean dryRun, Locale language) {
        CurrentUser user = users.current();
        if (size > ItemSheetReader.MAX_BYTES) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    Message.of("inventory.import.tooLarge"),
                    List.of(Problem.FieldError.of("file", FieldCode.TOO_LARGE, "field.file.tooLarge", 5)
                            .withMax(ItemSheetReader.MAX_BYTES))));
        }
        return Panache.withSession(() -> buildings.findById(buildingId)
                        .map(b -> BuildingAccess.requireWritable(b, user))
                        .flatMap(b -> categories.resolver().map(resolver -> new Target(b.hazardRisk(), resolver))))
                .flatMap(target -> vertx.executeBlocking(Uni.createFrom().item(() -> withRules(
                        sheets.read(read(file), filename, contentType, target.categories(), language), target.risk()))))
                .flatMap(sheet -> {
                    if (dryRun) {
                        return Uni.createFrom().item(report(sheet, true, 0, language));
                    }
                    if (!sheet.valid()) {
                        return Uni.createFrom().failure(sheet.toProblemException());
                    }
                    return items.createAll(buildingId, sheet.requests()).map(n -> report(sheet, false, n, language));
                });
    }

    public Uni<Download> export(UUID buildingId, SheetFormat format) {
        return Panache.withSession(() -> buildings.findById(buildingId)
                        .map(b -> BuildingAccess.requireReadable(b, users.current())))
                .flatMap(building -> items.allOf(buildingId)
                        .flatMap(all -> vertx.executeBlocking(Uni.createFrom().item(() -> sheets.export(all, format))))
                        .map(bytes -> new Download("inventering-" + slug(building.name) + "." + format.extension(),
                                format.mediaType(), bytes)));
    }

    public Uni<Download> template(SheetFormat format) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> new Download(
                se.kretslopp.inventory.sheet.ItemSheetTemplate.filename(format), format.mediaType(),
                sheets.template(format))));
    }

    /** What a row is checked against: the building's hazard risk and the category names. */
    private record Target(HazardRisk risk, Function<String, Optional<UUID>> categories) {
    }

    /** The inventory rules (hazardous substances, lifecycle) apply to every row, so the dry run reports them too. */
    private static ParsedSheet withRules(ParsedSheet sheet, HazardRisk risk) {
        List<ParsedRow> rows = sheet.rows().stream().map(row -> {
            if (row.request() == null) {
                return row;
            }
            List<SheetProblem> problems = ItemRules.check(row.request(), risk, null).stream()
                    .map(error -> new SheetProblem(row.row(), SheetColumn.byField(error.field())
                            .map(SheetColumn::header).orElse(error.field()), error))
                    .toList();
            return problems.isEmpty() ? row : new ParsedRow(row.row(), null, problems);
        }).toList();
        return new ParsedSheet(sheet.format(), rows, sheet.headerProblems());
    }

    private static ImportReport report(ParsedSheet sheet, boolean dryRun, int imported, Locale language) {
        return new ImportReport(dryRun, sheet.rows().size(), imported, sheet.problems().stream()
                .map(p -> new ImportReport.Problem(p.row(), p.column(), p.code(), p.message(language),
                        p.error().min(), p.error().max(), p.error().allowed(), p.error().other())).toList());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "byggnad" : slug.substring(0, Math.min(60, slug.length()));
    }
}
