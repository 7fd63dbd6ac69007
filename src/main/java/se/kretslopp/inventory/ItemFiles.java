package se.kretslopp.inventory;

import jakarta.ws.rs.core.Response;
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
                "Query parameter 'format' must be xlsx or csv.", List.of(new Problem.FieldError("format", "must be xlsx or csv"))));
    }

    static Response attachment(InventorySheetService.Download file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    static ProblemException missingFile() {
        return new ProblemException(ProblemType.BAD_REQUEST, "Send the file as multipart form field 'file'.",
                List.of(new Problem.FieldError("file", "is missing")));
    }
}
