package org.balint.core.attendance;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An attendance report as exported by a video platform (Zoom's participant list, Teams' attendance
 * report), not yet checked. Its {@link #id()} is derived from its content, so the same report
 * imported twice is recognised.
 */
public final class AttendanceReport {

    private final String text;
    private final ReportId id;
    private final Optional<String> unreadable;

    private AttendanceReport(String text, ReportId id, Optional<String> unreadable) {
        this.text = text;
        this.id = id;
        this.unreadable = unreadable;
    }

    /** A report from its text. */
    public static AttendanceReport of(String csv) {
        Objects.requireNonNull(csv, "csv");
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new AttendanceReport(text, new ReportId(sha256(text.getBytes(StandardCharsets.UTF_8))),
                Optional.empty());
    }

    /**
     * A report from the bytes of the exported file: UTF-8 (with or without a byte-order mark, as
     * Zoom writes it) or UTF-16 with a byte-order mark (as Teams writes it). Bytes in no such encoding
     * make a report that is rejected on import.
     */
    public static AttendanceReport of(byte[] file) {
        Objects.requireNonNull(file, "file");
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(file, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(file, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(file, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file, skip, file.length - skip))
                    .toString();
            return of(text);
        } catch (CharacterCodingException notText) {
            return new AttendanceReport("", new ReportId(sha256(file)), Optional.of("the file is not " + charset
                    + " text; export the report again as CSV from Zoom or Teams and upload it unchanged"));
        }
    }

    /** The report's identity, a digest of its text (line endings and byte-order mark aside). */
    public ReportId id() {
        return id;
    }

    String text() {
        return text;
    }

    /** Why the file could not be read as text, if it could not. */
    Optional<String> unreadable() {
        return unreadable;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", everyJavaHasIt);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttendanceReport other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "attendance report " + id;
    }
}
