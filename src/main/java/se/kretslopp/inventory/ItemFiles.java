package se.kretslopp.inventory;

import jakarta.ws.rs.core.Response;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.inventory.sheet.SheetFormat;

import java.util.List;

/** HTTP details of the files the inventory sends and receives. */
final class ItemFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private ItemFiles() {
    }

    static SheetFormat format(String name) {
        return SheetFormat.of(name).orElseThrow(() -> new ProblemException(ProblemType.BAD_REQUEST,
                Message.of("detail.queryParameter", "format", Message.of("field.invalidEnum", "xlsx, csv")),
                List.of(Problem.FieldError.of("format", FieldCode.INVALID_ENUM, "field.invalidEnum", "xlsx, csv")
                        .withAllowed(List.of("xlsx", "csv")))));
    }

    static Response attachment(InventorySheetService.Download file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    static ProblemException missingFile() {
        return new ProblemException(ProblemType.BAD_REQUEST, Message.of("detail.file.missing"),
                List.of(Problem.FieldError.of("file", FieldCode.NOT_NULL, "field.file.missing")));
    }
}
