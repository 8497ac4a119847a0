package org.balint.lti.tool.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.balint.core.certificate.Activity;
import org.balint.core.certificate.Certificate;
import org.balint.core.credit.CreditAward;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;

/**
 * A certificate as a one-page PDF (US Letter, landscape), drawn with Apache PDFBox: the provider, the
 * kind of certificate, the member's name, the activity with its format and dates, what is certified
 * (the credit claimed and its type, the sessions attended, or the time attended), the AMA PRA label
 * where it applies, every statement the accreditor requires in print order, the issue date and the
 * {@link CertificateNumber}.
 *
 * <p>Text is set in DejaVu Sans, embedded as a subset, so names such as "Zoë Ångström-Núñez" print as
 * written. Should the font be unavailable, the PDF falls back to Helvetica, with accents dropped and
 * any other letter Helvetica cannot show replaced by {@code ?}, rather than failing. A character even
 * DejaVu Sans lacks is replaced the same way.
 */
public final class CertificatePdf {

    /** The media type of the file. */
    public static final String MEDIA_TYPE = "application/pdf";

    private static final String FONTS = "/org/balint/lti/tool/documents/fonts/";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    private static final float MARGIN = 54;
    private static final float INK = 0.15f;
    private static final float MUTED = 0.4f;

    private CertificatePdf() {
    }

    /**
     * The PDF of {@code certificate}, issued for {@code group}'s series.
     *
     * @param zone the group's time zone, in which the issue date is printed
     */
    public static byte[] of(GroupId group, Certificate certificate, ZoneId zone) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(zone, "zone");
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = Fonts.load(document);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            describe(document, certificate, zone);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Layout(content, fonts).draw(group, certificate, zone);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate could not be drawn", e);
        }
    }

    /** The file name for {@code certificate}. */
    public static String fileName(Certificate certificate) {
        return "certificate-" + FileNames.safe(certificate.type().label(), "credit") + "-"
                + FileNames.safe(certificate.memberName(), "member") + ".pdf";
    }

    /** The heading of a certificate of {@code type}. */
    static String heading(CreditType type) {
        return switch (type) {
            case AAFP_PRESCRIBED, APA_CE -> "Certificate of Credit";
            case SERIES_COMPLETION -> "Certificate of Completion";
            case CERTIFICATE_OF_ATTENDANCE -> "Certificate of Attendance";
        };
    }

    /** The sentence that says what is certified. */
    static String certified(Certificate certificate) {
        CreditAward award = certificate.certified();
        if (award instanceof CreditAward.Credit credit) {
            return "Credit claimed: " + credit.hours() + " " + certificate.type().label();
        }
        if (award instanceof CreditAward.SessionsAttended sessions) {
            return "Series completed: " + sessions.attended() + " of " + sessions.scheduled() + " sessions attended ("
                    + sessions.required() + " required)";
        }
        return "Time attended: " + award;
    }

    static String dates(Activity activity) {
        return activity.firstDate().equals(activity.lastDate())
                ? "held on " + LONG_DATE.format(activity.firstDate())
                : "held from " + LONG_DATE.format(activity.firstDate()) + " to " + LONG_DATE.format(activity.lastDate());
    }

    private static void describe(PDDocument document, Certificate certificate, ZoneId zone) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(heading(certificate.type()) + ": " + certificate.activity().title());
        info.setAuthor(certificate.provider().name());
        info.setSubject(certificate.type().label() + " for " + certificate.memberName());
        info.setCreator("Balint");
        info.setCreationDate(GregorianCalendar.from(certificate.issuedAt().atZone(zone)));
    }

    /** The regular and bold faces, and how text that they cannot show is made printable. */
    private record Fonts(PDFont regular, PDFont bold, boolean embedded) {

        static Fonts load(PDDocument document) {
            try (InputStream regular = CertificatePdf.class.getResourceAsStream(FONTS + "DejaVuSans.ttf");
                    InputStream bold = CertificatePdf.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf")) {
                if (regular != null && bold != null) {
                    return new Fonts(PDType0Font.load(document, regular), PDType0Font.load(document, bold), true);
                }
            } catch (IOException | RuntimeException unreadable) {
                // fall through to the standard fonts: a certificate without accents beats no certificate
            }
            return new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), false);
        }

        /** {@code text} with every character {@code font} cannot show replaced: accents dropped, else {@code ?}. */
        static String printable(PDFont font, String text) {
            String flat = text.replaceAll("\\s", " ");
            if (encodes(font, flat)) {
                return flat;
            }
            StringBuilder out = new StringBuilder(flat.length());
            flat.codePoints().forEach(codePoint -> {
                String character = new String(Character.toChars(codePoint));
                if (encodes(font, character)) {
                    out.append(character);
                    return;
                }
                String base = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                out.append(!base.isEmpty() && encodes(font, base) ? base : "?");
            });
            return out.toString();
        }

        private static boolean encodes(PDFont font, String text) {
            try {
                font.encode(text);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    /** Draws the page from the top down. */
    private static final class Layout {

        private final PDPageContentStream content;
        private final Fonts fonts;
        private float y = PAGE.getHeight() - MARGIN - 24;

        Layout(PDPageContentStream content, Fonts fonts) {
            this.content = content;
            this.fonts = fonts;
        }

        void draw(GroupId group, Certificate certificate, ZoneId zone) throws IOException {
            frame();
            centred(fonts.bold(), 13, MUTED, certificate.provider().name());
            y -= 34;
            centred(fonts.bold(), 30, INK, heading(certificate.type()));
            y -= 30;
            centred(fonts.regular(), 12, MUTED, "This certifies that");
            y -= 34;
            centred(fonts.bold(), 26, INK, certificate.memberName());
            y -= 28;
            centred(fonts.regular(), 12, MUTED, "took part in the " + certificate.activity().format().label() + " activity");
            y -= 22;
            for (String line : wrap(fonts.bold(), 16, certificate.activity().title(), PAGE.getWidth() - 4 * MARGIN)) {
                centred(fonts.bold(), 16, INK, line);
                y -= 20;
            }
            centred(fonts.regular(), 12, MUTED, dates(certificate.activity()));
            y -= 26;
            centred(fonts.bold(), 14, INK, certified(certificate));
            certificate.amaPraLabel().ifPresent(label -> {
                y -= 18;
                uncheckedCentred(fonts.regular(), 11, MUTED, "Reported toward the AMA Physician's Recognition Award as "
                        + label.text() + ".");
            });
            y -= 26;
            for (String statement : certificate.statements()) {
                for (String line : wrap(fonts.regular(), 9.5f, statement, PAGE.getWidth() - 4 * MARGIN)) {
                    text(fonts.regular(), 9.5f, INK, 2 * MARGIN, y, line);
                    y -= 12.5f;
                }
                y -= 5;
            }
            float footer = MARGIN + 18;
            LocalDate issued = certificate.issuedAt().atZone(zone).toLocalDate();
            text(fonts.regular(), 10, MUTED, MARGIN + 18, footer, "Issued " + LONG_DATE.format(issued));
            String number = "Certificate ID " + CertificateNumber.of(group, certificate);
            float width = width(fonts.regular(), 10, number);
            text(fonts.regular(), 10, MUTED, PAGE.getWidth() - MARGIN - 18 - width, footer, number);
        }

        private void frame() throws IOException {
            content.setStrokingColor(0.55f, 0.45f, 0.25f);
            content.setLineWidth(2.5f);
            content.addRect(MARGIN / 2, MARGIN / 2, PAGE.getWidth() - MARGIN, PAGE.getHeight() - MARGIN);
            content.stroke();
            content.setLineWidth(0.75f);
            content.addRect(MARGIN / 2 + 6, MARGIN / 2 + 6, PAGE.getWidth() - MARGIN - 12, PAGE.getHeight() - MARGIN - 12);
            content.stroke();
        }

        private void uncheckedCentred(PDFont font, float size, float grey, String text) {
            try {
                centred(font, size, grey, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void centred(PDFont font, float size, float grey, String text) throws IOException {
            String printable = Fonts.printable(font, text);
            float width = width(font, size, printable);
            text(font, size, grey, Math.max(MARGIN, (PAGE.getWidth() - width) / 2), y, printable);
        }

        private void text(PDFont font, float size, float grey, float x, float atY, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(grey);
            content.newLineAtOffset(x, atY);
            content.showText(Fonts.printable(font, text));
            content.endText();
        }

        private static float width(PDFont font, float size, String text) throws IOException {
            return font.getStringWidth(Fonts.printable(font, text)) / 1000 * size;
        }

        /** {@code text} broken at spaces into lines no wider than {@code limit}. */
        private static List<String> wrap(PDFont font, float size, String text, float limit) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : Fonts.printable(font, text).split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(font, size, candidate) > limit) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
