package se.kretslopp.testsupport;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** Small real images for photo tests, made in memory. */
public final class Images {

    private Images() {
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpg");
    }

    /** A JPEG carrying an Exif segment with a GPS position (latitude reference "N"), as phones write them. */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] jpeg = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(44);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0})
                .putInt(0);
        byte[] exif = ByteBuffer.allocate(6 + 44).put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(tiff.array()).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** True when the JPEG bytes hold an APP1 Exif segment. */
    public static boolean hasExif(byte[] bytes) {
        for (int i = 0; i + 10 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xE1 && bytes[i + 4] == 'E' && bytes[i + 5] == 'x'
                    && bytes[i + 6] == 'i' && bytes[i + 7] == 'f') {
                return true;
            }
        }
        return false;
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 80, 40));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
