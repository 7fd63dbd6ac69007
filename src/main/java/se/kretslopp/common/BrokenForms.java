package se.kretslopp.common;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.Arrays;

/**
 * Recognises an upload that Quarkus REST's multipart form parser could not read: a body without its boundary
 * ("Connection terminated reading multipart data"), an empty boundary, a part header without a colon, a part in
 * an unknown charset. The parser fails before any resource runs, with exceptions that say nothing of the client
 * ({@code IOException}, {@code IndexOutOfBoundsException}), so the failure is told apart from a fault of ours by
 * where it was thrown: in the parser's package.
 */
final class BrokenForms {

    private static final String FORM_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    private BrokenForms() {
    }

    static boolean isBrokenForm(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        if (Arrays.stream(frames).noneMatch(frame -> frame.getClassName().startsWith(FORM_PARSER))) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnsupportedEncodingException) {
                return true;
            }
        }
        return failure instanceof org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException
                || failure instanceof IndexOutOfBoundsException
                // thrown by the parser itself (the client's body ended), not by the disk under it
                || failure instanceof IOException && frames.length > 0 && frames[0].getClassName().startsWith(FORM_PARSER);
    }
}
