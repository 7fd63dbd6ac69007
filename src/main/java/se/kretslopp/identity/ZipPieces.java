package se.kretslopp.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a ZIP archive one entry at a time: each call answers the archive's next bytes, to be sent before the next
 * entry is read, so that a download of many photos holds one of them in memory, not all. Not thread-safe: one
 * download writes its entries in turn.
 */
final class ZipPieces {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(buffer);

    /** An entry compressed: text such as JSON. */
    byte[] deflated(String name, byte[] content) {
        return write(new ZipEntry(name), content);
    }

    /** An entry stored as it is: photos, which JPEG and PNG have compressed already. */
    byte[] stored(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        return write(entry, content);
    }

    /** The archive's end (its central directory). */
    byte[] finish() {
        try {
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drain();
    }

    private byte[] write(ZipEntry entry, byte[] content) {
        try {
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) { // a ByteArrayOutputStream throws none; ZipOutputStream declares them
            throw new UncheckedIOException(e);
        }
        return drain();
    }

    private byte[] drain() {
        byte[] piece = buffer.toByteArray();
        buffer.reset();
        return piece;
    }
}
