package br.com.atende.cases.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentTypeTest {

  private static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

  @TempDir Path directory;

  @Test
  void aPdfIsRecognizedByItsSignature() throws IOException {
    assertEquals(Optional.of(AttachmentType.PDF), recognize("contrato.pdf", pdf()));
  }

  @Test
  void imagesAreRecognizedByTheirSignatures() throws IOException {
    assertEquals(Optional.of(AttachmentType.PNG), recognize("tela.png", png()));
    assertEquals(
        Optional.of(AttachmentType.JPEG),
        recognize("foto.jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F')));
    assertEquals(
        Optional.of(AttachmentType.JPEG), recognize("foto.jpg", bytes(0xFF, 0xD8, 0xFF, 0xE1)));
    assertEquals(Optional.of(AttachmentType.GIF), recognize("anim.gif", ascii("GIF89a\1\0\1\0")));
  }

  @Test
  void theExtensionCountsWhateverItsCase() throws IOException {
    assertEquals(Optional.of(AttachmentType.PNG), recognize("TELA.PNG", png()));
  }

  @Test
  void anExecutableRenamedToAnAcceptedExtensionIsRecognizedAsNothing() throws IOException {
    assertEquals(Optional.empty(), recognize("contrato.pdf", EXECUTABLE));
    assertEquals(Optional.empty(), recognize("tela.png", EXECUTABLE));
    assertEquals(Optional.empty(), recognize("leia-me.txt", EXECUTABLE));
  }

  @Test
  void anExtensionOutsideTheAllowListIsRefusedEvenWithHarmlessContent() throws IOException {
    assertEquals(Optional.empty(), recognize("programa.exe", EXECUTABLE));
    assertEquals(Optional.empty(), recognize("pacote.zip", zip("a.txt", "olá")));
    assertEquals(Optional.empty(), recognize("pagina.html", ascii("<html></html>")));
    assertEquals(Optional.empty(), recognize("sem-extensao", pdf()));
  }

  @Test
  void aFileOfOneAcceptedTypeNamedAsAnotherIsRefused() throws IOException {
    assertEquals(Optional.empty(), recognize("tela.pdf", png()));
    assertEquals(Optional.empty(), recognize("contrato.png", pdf()));
  }

  @Test
  void anEmptyFileIsNothing() throws IOException {
    assertEquals(Optional.empty(), recognize("vazio.txt", new byte[0]));
    assertEquals(Optional.empty(), recognize("vazio.pdf", new byte[0]));
  }

  @Test
  void textIsAcceptedInUtf8AndInTheLatinCodePageExcelWritesCsvIn() throws IOException {
    assertEquals(
        Optional.of(AttachmentType.TEXT),
        recognize("notas.txt", "Ação\tconcluída\r\nLinha 2\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        Optional.of(AttachmentType.CSV),
        recognize("planilha.csv", "nome;cidade\nJoão;São Paulo\n".getBytes(windows1252())));
  }

  @Test
  void textWithNulOrOtherControlBytesIsNotText() throws IOException {
    assertEquals(Optional.empty(), recognize("notas.txt", ascii("linha 1\nlinha\0 2\n")));
    assertEquals(Optional.empty(), recognize("dados.csv", ascii("a;b\n\u0007\n")));
    assertEquals(
        Optional.empty(),
        recognize("utf16.txt", "texto".getBytes(StandardCharsets.UTF_16LE)),
        "UTF-16 text carries NUL bytes and is not accepted");
  }

  @Test
  void aControlByteFarPastTheBeginningStillMakesTheFileBinary() throws IOException {
    byte[] mostlyText = new byte[200_000];
    Arrays.fill(mostlyText, (byte) 'a');
    mostlyText[150_000] = 0;
    assertEquals(Optional.empty(), recognize("grande.txt", mostlyText));
  }

  @Test
  void aSavedEmailIsTextStartingWithAHeaderLine() throws IOException {
    assertEquals(
        Optional.of(AttachmentType.EMAIL),
        recognize(
            "resposta.eml",
            ascii("From: Maria <maria@example.com>\r\nSubject: Contrato\r\n\r\nSegue.\r\n")));
    assertEquals(Optional.empty(), recognize("resposta.eml", ascii("Olá, segue o contrato.\n")));
  }

  @Test
  void officeDocumentsAreZipPackagesWithTheirKindsPartFolder() throws IOException {
    assertEquals(Optional.of(AttachmentType.DOCX), recognize("carta.docx", officeOpenXml("word/")));
    assertEquals(Optional.of(AttachmentType.XLSX), recognize("contas.xlsx", officeOpenXml("xl/")));
    assertEquals(Optional.of(AttachmentType.PPTX), recognize("slides.pptx", officeOpenXml("ppt/")));
  }

  @Test
  void aZipThatIsNotTheClaimedOfficeDocumentIsRefused() throws IOException {
    assertEquals(Optional.empty(), recognize("carta.docx", zip("payload.exe", "MZ")));
    assertEquals(Optional.empty(), recognize("contas.xlsx", officeOpenXml("word/")));
    assertEquals(Optional.empty(), recognize("carta.docx", ascii("PK\3\4 not really a zip")));
  }

  @Test
  void aWordDocumentWithMacrosIsRefusedUnderAMacroFreeName() throws IOException {
    byte[] withMacros =
        zip(
            "[Content_Types].xml", "<Types/>",
            "word/document.xml", "<w:document/>",
            "word/vbaProject.bin", "macros");
    assertEquals(Optional.empty(), recognize("carta.docx", withMacros));
  }

  @Test
  void openDocumentFilesDeclareTheirExactTypeInTheirMimetypeEntry() throws IOException {
    byte[] text = zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>");
    assertEquals(Optional.of(AttachmentType.ODT), recognize("carta.odt", text));
    assertEquals(Optional.empty(), recognize("carta.ods", text));
    byte[] sheet =
        zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>");
    assertEquals(Optional.of(AttachmentType.ODS), recognize("contas.ods", sheet));
    byte[] slides =
        zip("mimetype", "application/vnd.oasis.opendocument.presentation", "content.xml", "<x/>");
    assertEquals(Optional.of(AttachmentType.ODP), recognize("slides.odp", slides));
  }

  @Test
  void theDownloadTypeIsTheRecognizedOne() {
    assertEquals("application/pdf", AttachmentType.PDF.contentType());
    assertEquals("text/csv", AttachmentType.CSV.contentType());
  }

  @Test
  void theFileChoosersFilterListsEveryAcceptedExtension() {
    assertTrue(AttachmentType.extensions().containsAll(List.of("pdf", "docx", "eml")));
    assertFalse(AttachmentType.extensions().contains("exe"));
  }

  private Optional<AttachmentType> recognize(String name, byte[] content) throws IOException {
    Path file = Files.createTempFile(directory, "upload", null);
    Files.write(file, content);
    return AttachmentType.recognize(name, file);
  }

  static byte[] pdf() {
    return ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
  }

  static byte[] png() {
    return bytes(0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R');
  }

  private static byte[] officeOpenXml(String partFolder) throws IOException {
    return zip(
        "[Content_Types].xml",
        "<Types/>",
        "_rels/.rels",
        "<Relationships/>",
        partFolder + "main.xml",
        "<x/>");
  }

  /** A ZIP of the given name/content pairs, in order. */
  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  private static Charset windows1252() {
    return Charset.forName("windows-1252");
  }
}
