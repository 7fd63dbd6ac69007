package se.kretslopp.photo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageProcessorTest {

    private final ImageProcessor processor = new ImageProcessor();

    @TempDir
    Path dir;

    @Test
    void acceptsAPngNamedJpgAsPng() throws IOException {
        Path file = dir.resolve("photo.jpg");
        Files.write(file, encode(picture(120, 80, true), "png"));

        ImageProcessor.ProcessedPhoto photo = processor.process(file);

        assertEquals("image/png", photo.contentType());
        assertEquals(120, photo.width());
        assertEquals(80, photo.height());
        assertEquals(ImageProcessor.Format.PNG, ImageProcessor.Format.detect(photo.image()));
    }

    @Test
    void keepsAnOpaquePngLossless() {
        ImageProcessor.ProcessedPhoto photo = processor.process(encode(picture(50, 40, false), "png"));

        assertEquals("image/png", photo.contentType());
        assertEquals(ImageProcessor.Format.PNG, ImageProcessor.Format.detect(photo.image()));
        assertEquals(ImageProcessor.Format.PNG, ImageProcessor.Format.detect(photo.thumbnail()));
    }

    @Test
    void refusesATextFileNamedJpg() throws IOException {
        Path file = dir.resolve("photo.jpg");
        Files.writeString(file, "Hello, this is not a photo at all.\n");

        assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, () -> processor.process(file));
    }

    @Test
    void refusesPdfAndGif() {
        assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                () -> processor.process("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
        assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, () -> processor.process(encode(picture(10, 10, false), "gif")));
        assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, () -> processor.process(new byte[0]));
    }

    @Test
    void refusesTruncatedImages() {
        byte[] jpeg = encode(picture(200, 150, false), "jpeg");
        assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, () -> processor.process(Arrays.copyOf(jpeg, jpeg.length / 2)));
        byte[] png = encode(picture(200, 150, false), "png");
        assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, () -> processor.process(Arrays.copyOf(png, png.length / 2)));
        assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, () -> processor.process(Arrays.copyOf(png, 12)));
    }

    @Test
    void refusesAFileOverTenMebibytesBeforeReadingIt() throws IOException {
        Path file = dir.resolve("huge.png");
        byte[] png = encode(picture(10, 10, false), "png");
        Files.write(file, Arrays.copyOf(png, (int) ImageProcessor.MAX_BYTES + 1));

        assertProblem(ProblemType.PAYLOAD_TOO_LARGE, () -> processor.process(file));
        byte[] content = Files.readAllBytes(file);
        assertProblem(ProblemType.PAYLOAD_TOO_LARGE, () -> processor.process(content));
    }

    @Test
    void refusesMoreThanFortyMegapixelsFromTheHeaderAlone() {
        // Headers that promise 8000 × 6000 pixels but carry none: decoding would fail as unreadable (415), so
        // a 413 shows that the size was refused before any pixel was decoded.
        assertProblem(ProblemType.PAYLOAD_TOO_LARGE, () -> processor.process(pngHeaderOnly(8000, 6000)));
        byte[] jpeg = withJpegSize(encode(picture(16, 16, false), "jpeg"), 8000, 6000);
        assertProblem(ProblemType.PAYLOAD_TOO_LARGE, () -> processor.process(Arrays.copyOf(jpeg, jpeg.length - 40)));
        // just below the limit, the same empty header is simply unreadable
        assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, () -> processor.process(pngHeaderOnly(8000, 5000)));
    }

    @Test
    void dropsExifAndGpsPosition() {
        byte[] original = withExif(encode(picture(300, 200, false), "jpeg"), 1);
        assertTrue(contains(original, "Exif".getBytes(StandardCharsets.US_ASCII)), "the test photo carries EXIF");

        ImageProcessor.ProcessedPhoto photo = processor.process(original);

        assertEquals("image/jpeg", photo.contentType());
        for (byte[] stored : new byte[][]{photo.image(), photo.thumbnail()}) {
            assertFalse(contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII)));
            assertFalse(hasSegment(stored, 0xe1), "no APP1 segment");
        }
    }

    @Test
    void turnsThePhotoUprightByItsExifOrientation() throws IOException {
        BufferedImage sideways = picture(60, 40, false);
        ImageProcessor.ProcessedPhoto photo = processor.process(withExif(encode(sideways, "jpeg"), 6));

        assertEquals(40, photo.width());
        assertEquals(60, photo.height());
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(photo.image()));
        // the red corner (top left of the stored pixels) is top right once turned 90° clockwise
        assertTrue(isReddish(upright.getRGB(38, 1)), "red corner top right");
        assertFalse(isReddish(upright.getRGB(1, 1)));
    }

    @Test
    void acceptsWebp() throws IOException {
        ImageProcessor.ProcessedPhoto lossy = processor.process(resource("small.webp"));
        assertEquals("image/jpeg", lossy.contentType());
        assertEquals(64, lossy.width());
        assertEquals(48, lossy.height());

        ImageProcessor.ProcessedPhoto withAlpha = processor.process(resource("alpha.webp"));
        assertEquals("image/png", withAlpha.contentType());
        assertEquals(64, withAlpha.width());
    }

    @Test
    void makesAThumbnailWithinThreeHundredTwentyPixelsKeepingTheAspect() throws IOException {
        ImageProcessor.ProcessedPhoto photo = processor.process(encode(picture(1600, 900, false), "jpeg"));

        assertEquals(1600, photo.width());
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
        assertEquals(320, thumbnail.getWidth());
        assertEquals(180, thumbnail.getHeight());

        BufferedImage small = ImageIO.read(new ByteArrayInputStream(
                processor.process(encode(picture(100, 300, false), "png")).thumbnail()));
        assertEquals(100, small.getWidth(), "a small photo is not enlarged");
        assertEquals(300, small.getHeight());

        BufferedImage tall = ImageIO.read(new ByteArrayInputStream(
                processor.process(encode(picture(500, 2000, false), "png")).thumbnail()));
        assertEquals(80, tall.getWidth());
        assertEquals(320, tall.getHeight());
    }

    @Test
    void readsTheOrientationTagInBothByteOrders() {
        byte[] jpeg = encode(picture(8, 8, false), "jpeg");
        assertEquals(1, ExifOrientation.of(jpeg));
        assertEquals(6, ExifOrientation.of(withExif(jpeg, 6)));
        assertEquals(8, ExifOrientation.of(withExifLittleEndian(jpeg, 8)));
    }

    // --- test pictures ---

    /** A gradient with a red top-left corner; with alpha, its right half is half transparent. */
    private static BufferedImage picture(int w, int h, boolean alpha) {
        BufferedImage image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = alpha && x >= w / 2 ? 0x80 : 0xff;
                image.setRGB(x, y, a << 24 | (x * 255 / w) << 8 | (y * 255 / h));
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, w / 5), Math.max(1, h / 5));
        g.dispose();
        return image;
    }

    private static boolean isReddish(int rgb) {
        return (rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) < 80 && (rgb & 0xff) < 80;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertTrue(ImageIO.write(image, format, out));
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImageProcessorTest.class.getResourceAsStream("/photos/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    /** A PNG signature and IHDR chunk claiming the given size, then the end: no pixel data. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        out.writeBytes(chunk("IHDR", ihdr.array()));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue())
                .array();
    }

    /** Rewrites the frame size in the SOF0 segment of a baseline JPEG. */
    private static byte[] withJpegSize(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        int pos = 2;
        while ((copy[pos + 1] & 0xff) != 0xc0) {
            pos += 2 + ((copy[pos + 2] & 0xff) << 8 | (copy[pos + 3] & 0xff));
        }
        ByteBuffer.wrap(copy, pos + 5, 4).putShort((short) height).putShort((short) width);
        return copy;
    }

    /**
     * Inserts, right after the start marker, an APP1 Exif segment as a phone writes it: IFD0 with the
     * orientation and a pointer to a GPS IFD holding latitude and longitude (56° 39' 42" N, 16° 21' 36" E).
     */
    private static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(128);
        tiff.put(new byte[]{'M', 'M', 0, 42}).putInt(8);
        // IFD0 at 8: two entries, then no next IFD
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        // GPS IFD at 38: four entries; the rationals follow at 92
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(92);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[]{'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(92);
        tiff.putInt(0);
        for (int value : new int[]{56, 39, 42}) {
            tiff.putInt(value).putInt(1);
        }
        return insertApp1(jpeg, Arrays.copyOf(tiff.array(), tiff.position()));
    }

    private static byte[] withExifLittleEndian(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put(new byte[]{'I', 'I', 42, 0}).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return insertApp1(jpeg, tiff.array());
    }

    private static byte[] insertApp1(byte[] jpeg, byte[] tiff) {
        byte[] header = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + header.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xff);
        out.write(0xd8);
        out.write(0xff);
        out.write(0xe1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(header);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean hasSegment(byte[] jpeg, int marker) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xff) == 0xff && (jpeg[pos + 1] & 0xff) != 0xda) {
            if ((jpeg[pos + 1] & 0xff) == marker) {
                return true;
            }
            pos += 2 + ((jpeg[pos + 2] & 0xff) << 8 | (jpeg[pos + 3] & 0xff));
        }
        return false;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void assertProblem(ProblemType expected, Runnable action) {
        ProblemException problem = assertThrows(ProblemException.class, action::run);
        assertEquals(expected.status(), problem.problem().status(), problem.problem().detail());
        assertEquals(expected.uri(), problem.problem().type());
    }
}
