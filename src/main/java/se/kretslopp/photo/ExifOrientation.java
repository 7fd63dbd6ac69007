package se.kretslopp.photo;

/**
 * Reads the EXIF orientation tag of a JPEG (phones store the pixels as the sensor saw them and record how to turn
 * them). Only this one tag is read; since the image is re-encoded without metadata, it has to be applied.
 */
final class ExifOrientation {

    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {
    }

    /** 1 to 8 as EXIF defines them; 1 (upright) when the file says nothing or something unreadable. */
    static int of(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xff) == 0xff) {
            int marker = jpeg[pos + 1] & 0xff;
            if (marker == 0xda || marker == 0xd9) {
                return 1;
            }
            int length = u16(jpeg, pos + 2, true);
            if (length < 2) {
                return 1;
            }
            if (marker == 0xe1 && length >= 8 && startsWithExif(jpeg, pos + 4)) {
                return fromTiff(jpeg, pos + 10, Math.min(jpeg.length, pos + 2 + length));
            }
            pos += 2 + length;
        }
        return 1;
    }

    private static boolean startsWithExif(byte[] b, int at) {
        return at + 6 <= b.length && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f'
                && b[at + 4] == 0 && b[at + 5] == 0;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean bigEndian;
        if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            bigEndian = true;
        } else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            bigEndian = false;
        } else {
            return 1;
        }
        long ifd = u32(b, tiff + 4, bigEndian);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int entries = tiff + (int) ifd;
        int count = u16(b, entries, bigEndian);
        for (int i = 0; i < count; i++) {
            int entry = entries + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, bigEndian) == TAG_ORIENTATION) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int hi = b[bigEndian ? at : at + 1] & 0xff;
        int lo = b[bigEndian ? at + 1 : at] & 0xff;
        return hi << 8 | lo;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = value << 8 | (b[bigEndian ? at + i : at + 3 - i] & 0xff);
        }
        return value;
    }
}
