package se.kretslopp.inventory.sheet;

import java.util.Locale;
import java.util.Optional;

/** The two file formats an inventory travels in. */
public enum SheetFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    SheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** From a query parameter or a file name extension: "xlsx", "csv", any case. */
    public static Optional<SheetFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (SheetFormat format : values()) {
            if (n.equals(format.extension) || n.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
