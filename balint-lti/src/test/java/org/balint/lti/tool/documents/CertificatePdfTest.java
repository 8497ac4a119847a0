package org.balint.lti.tool.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.documents.DocumentsFixture.BERLIN;
import static org.balint.lti.tool.documents.DocumentsFixture.SPRING;
import static org.balint.lti.tool.documents.DocumentsFixture.ZOE;
import static org.balint.lti.tool.documents.DocumentsFixture.aafpCertificate;
import static org.balint.lti.tool.documents.DocumentsFixture.completionCertificate;
import static org.balint.lti.tool.documents.DocumentsFixture.member;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.balint.core.certificate.Certificate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A member's certificate as a PDF")
class CertificatePdfTest {

    @Test
    @DisplayName("an AAFP certificate names provider, member (accents intact), activity, format, dates, credit, statements, issue date and number")
    void anAafpCertificate() throws IOException {
        Certificate certificate = aafpCertificate(ZOE);

        String text = text(CertificatePdf.of(SPRING, certificate, BERLIN));

        assertThat(text).contains("Riverside Family Medicine Residency, Office of CME")
                .contains("Certificate of Credit")
                .contains("Zoë Ångström-Núñez")
                .contains("took part in the live activity")
                .contains("Balint group for family physicians, spring 2026")
                .contains("held from March 4, 2026 to April 22, 2026")
                .contains("Credit claimed: 10.00 AAFP Prescribed credit")
                .contains("Reported toward the AMA Physician's Recognition Award as Prescribed credit.")
                .contains("has been reviewed and is acceptable for up to 12.00 Prescribed credit(s)")
                .contains("Physicians should claim only the credit commensurate")
                .contains("Issued April 24, 2026")
                .contains("Certificate ID " + CertificateNumber.of(SPRING, certificate).value());
        assertThat(text).doesNotContain("Category 1");
    }

    @Test
    @DisplayName("the fonts are embedded, so the names print the same on every machine")
    void fontsAreEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(CertificatePdf.of(SPRING, aafpCertificate(ZOE), BERLIN))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Riverside Family Medicine Residency, Office of CME");
        }
    }

    @Test
    @DisplayName("a series-completion certificate states the sessions attended and carries no AMA PRA label")
    void aCompletionCertificate() throws IOException {
        String text = text(CertificatePdf.of(SPRING, completionCertificate(ZOE), BERLIN));

        assertThat(text).contains("Certificate of Completion")
                .contains("Series completed: 7 of 8 sessions attended (6 required)")
                .doesNotContain("AMA Physician's Recognition Award");
    }

    @Test
    @DisplayName("a letter the font lacks becomes '?' instead of failing the certificate")
    void missingGlyphs() throws IOException {
        String text = text(CertificatePdf.of(SPRING, aafpCertificate(member("li", "Zoë 李 Li")), BERLIN));

        assertThat(text).contains("Zoë ? Li");
    }

    @Test
    @DisplayName("the number is stable for a certificate and differs between members")
    void numbers() {
        CertificateNumber first = CertificateNumber.of(SPRING, aafpCertificate(ZOE));

        assertThat(CertificateNumber.of(SPRING, aafpCertificate(ZOE))).isEqualTo(first);
        assertThat(first.value()).matches("BLT(-[0-9A-F]{4}){4}");
        assertThat(CertificateNumber.of(SPRING, aafpCertificate(DocumentsFixture.BEN))).isNotEqualTo(first);
        assertThat(CertificatePdf.fileName(aafpCertificate(ZOE))).isEqualTo("certificate-aafp-prescribed-credit-zoe-angstrom-nunez.pdf");
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
