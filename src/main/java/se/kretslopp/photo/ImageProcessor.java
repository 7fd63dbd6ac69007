package se.kretslopp.photo;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.Message;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an uploaded photo into what we store: a re-encoded image (which drops EXIF, GPS position and every other
 * piece of metadata) and a thumbnail. Pure Java and blocking: callers run it off the event loop.
 */
@ApplicationScoped
class ImageProcessor {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int THUMBNAIL_SIZE = 320;
    static final float JPEG_QUALITY = 0.85f;

    /** The formats we accept, told apart by their first bytes, never by a file name or a declared type. */
    enum Format {
        JPEG, PNG, WEBP;

        static Format detect(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
                return JPEG;
            }
            if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                    && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
                return PNG;
            }
            if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                    && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
                return WEBP;
            }
            return null;
        }
    }

    /** A processed photo: {@code contentType} holds for both variants (PNG where there is transparency). */
    record ProcessedPhoto(String contentType, int width, int height, byte[] image, byte[] thumbnail) {
    }

    /** Reads the file only after its size has been checked, so a huge upload never lands in memory. */
    ProcessedPhoto process(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(size);
            }
            return process(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    ProcessedPhoto process(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw tooLarge(content.length);
        }
        Format format = Format.detect(content);
        if (format == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    Message.of("photo.type"));
        }
        BufferedImage decoded = decode(content, format);
        int orientation = format == Format.JPEG ? ExifOrientation.of(content) : 1;
        boolean transparent = hasTransparency(decoded);
        BufferedImage image = normalise(decoded, orientation, transparent);
        decoded.flush();
        BufferedImage thumbnail = thumbnail(image);
        // A PNG stays lossless (drawings, screenshots); photos and WebP become JPEG unless they are transparent.
        boolean png = transparent || format == Format.PNG;
        return new ProcessedPhoto(png ? "image/png" : "image/jpeg", image.getWidth(), image.getHeight(),
                encode(image, png), encode(thumbnail, png));
    }

    private static BufferedImage decode(byte[] content, Format format) {
        ImageReader reader = readerFor(format);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (MemoryCacheImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            // The header alone gives the size: a decompression bomb is refused before any pixel is decoded.
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw unreadable();
            }
            long pixels = (long) width * height;
            if (pixels > MAX_PIXELS) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, String.format(Locale.ROOT,
                        "The image is %d × %d pixels (%.1f megapixels); at most %d megapixels are accepted.",
                        width, height, pixels / 1e6, MAX_PIXELS / 1_000_000));
            }
            BufferedImage image = reader.read(0);
            // The JDK's JPEG reader only warns about a truncated file and fills the rest with grey.
            if (!warnings.isEmpty()) {
                throw unreadable();
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(Format format) {
        if (format == Format.WEBP) {
            // Created directly rather than looked up: ImageIO's registry is filled from whichever class loader
            // first touched it, which under Quarkus need not be the one that sees TwelveMonkeys.
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        var readers = ImageIO.getImageReadersByFormatName(format == Format.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        return readers.next();
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        WritableRaster alpha = image.getAlphaRaster();
        if (alpha == null) {
            return true;
        }
        int max = (1 << image.getColorModel().getComponentSize(image.getColorModel().getNumComponents() - 1)) - 1;
        int[] row = new int[alpha.getWidth()];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(0, y, alpha.getWidth(), 1, 0, row);
            for (int sample : row) {
                if (sample != max) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One drawing pass gives a standard pixel layout the writers accept and turns the image upright. */
    private static BufferedImage normalise(BufferedImage source, int orientation, boolean transparent) {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = orientation >= 5 && orientation <= 8;
        int type = transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (orientation == 1 && source.getType() == type) {
            return source;
        }
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(source, orientationTransform(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Maps the stored pixels to the upright picture for the eight EXIF orientations. */
    static AffineTransform orientationTransform(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    /** Fits the image into 320 × 320, halving step by step so that a large photo does not alias. */
    private static BufferedImage thumbnail(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * scale));
        int targetH = Math.max(1, (int) Math.round(h * scale));
        BufferedImage current = image;
        do {
            int nextW = Math.max(targetW, current.getWidth() / 2);
            int nextH = Math.max(targetH, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(nextW, nextH, image.getType());
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, nextW, nextH, null);
            } finally {
                g.dispose();
            }
            if (current != image) {
                current.flush();
            }
            current = next;
        } while (current.getWidth() != targetW || current.getHeight() != targetH);
        return current;
    }

    /** Written without any metadata: nothing of the original file survives but its pixels. */
    private static byte[] encode(BufferedImage image, boolean png) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the photo", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ProblemException tooLarge(long size) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, String.format(Locale.ROOT,
                "The file is %.1f MiB; at most %d MiB is accepted.", size / 1048576.0, MAX_BYTES / 1048576));
    }

    private static ProblemException unreadable() {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                Message.of("detail.photo.imageCannotReadDamaged"));
    }
}
