package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AttachmentDownload;
import br.com.atende.cases.application.AttachmentItem;
import br.com.atende.cases.application.AttachmentService;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.attachment.AttachmentStore;
import br.com.atende.cases.attachment.AttachmentUpload;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AttachmentRows;
import br.com.atende.it.support.Openings;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files posted with a note: stored outside the row, checked by content, limited, access-filtered.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentIT {

  private static final int MB = 1024 * 1024;

  private static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject DiscussionService discussion;

  @Inject AttachmentService attachments;

  @Inject AttachmentStore store;

  @Inject AttachmentRows rows;

  @Test
  void aNoteWithAPdfAndAPngKeepsBothOutsideTheRowAndGivesBackTheSameBytes() throws Exception {
    long caseId = openHeldBy("ana");
    byte[] pdf = pdf(2_000);
    byte[] png = png();

    note(
        "ana",
        caseId,
        AttachmentUpload.of("contrato assinado.pdf", pdf),
        AttachmentUpload.of("C:\\Users\\ana\\tela.png", png));

    List<AttachmentItem> listed =
        acting.as("ana", () -> attachments.attachments(caseId, PageRequest.of(0, 10)));
    assertEquals(
        Set.of("contrato assinado.pdf", "tela.png"),
        listed.stream().map(AttachmentItem::fileName).collect(Collectors.toSet()));
    AttachmentItem storedPdf = named(listed, "contrato assinado.pdf");
    assertEquals("application/pdf", storedPdf.contentType());
    assertEquals(pdf.length, storedPdf.sizeBytes());
    assertEquals("Ana Souza", storedPdf.uploadedByName());
    assertEquals("image/png", named(listed, "tela.png").contentType());

    assertArrayEquals(pdf, bytesOf(download("ana", storedPdf.id())));
    AttachmentDownload pngDownload = download("ana", named(listed, "tela.png").id());
    assertEquals("tela.png", pngDownload.fileName());
    assertArrayEquals(png, bytesOf(pngDownload));

    List<Object[]> storage = rows.storageOf(caseId);
    assertEquals(2, storage.size());
    assertEquals(sha256(pdf), storage.get(0)[1].toString().strip());
    assertEquals(sha256(png), storage.get(1)[1].toString().strip());
    Path pdfFile = store.pathOf(storage.get(0)[0].toString());
    assertTrue(Files.exists(pdfFile), "the bytes live in a file of the store");
    assertArrayEquals(pdf, Files.readAllBytes(pdfFile));

    DiscussionItem post =
        acting.as("ana", () -> discussion.discussion(caseId, PageRequest.of(0, 1))).get(0);
    assertEquals(2, post.attachments().size());
  }

  @Test
  void aRenamedExecutableIsRefusedByNameAndNothingOfTheNoteIsKept() throws Exception {
    long caseId = openHeldBy("ana");
    Set<Path> filesBefore = filesInStore();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                note(
                    "ana",
                    caseId,
                    AttachmentUpload.of("ok.pdf", pdf(100)),
                    AttachmentUpload.of("relatorio.pdf", EXECUTABLE)));

    assertEquals("error.attachment.type", refused.messageKey());
    assertEquals("attachments", refused.field());
    assertEquals("relatorio.pdf", refused.arguments()[0]);
    assertNothingKept(caseId, filesBefore);
  }

  @Test
  void filesOverTwentyFiveMegabytesInAllAreRefusedNamingTheOneThatCrossesTheLimit()
      throws Exception {
    long caseId = openHeldBy("ana");
    Set<Path> filesBefore = filesInStore();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                note(
                    "ana",
                    caseId,
                    AttachmentUpload.of("parte1.pdf", pdf(13 * MB)),
                    AttachmentUpload.of("parte2.pdf", pdf(13 * MB))));

    assertEquals("error.attachment.tooLarge", refused.messageKey());
    assertEquals("parte2.pdf", refused.arguments()[0]);
    assertNothingKept(caseId, filesBefore);
  }

  @Test
  void anUploadThatUnderstatesItsSizeIsStillStoppedAtTwentyFiveMegabytesAndLeavesNoFile()
      throws Exception {
    long caseId = openHeldBy("ana");
    Set<Path> filesBefore = filesInStore();
    byte[] big = pdf(25 * MB + 1);
    AttachmentUpload understated =
        new AttachmentUpload("grande.pdf", 1_000, () -> new ByteArrayInputStream(big));

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> note("ana", caseId, understated));

    assertEquals("error.attachment.tooLarge", refused.messageKey());
    assertNothingKept(caseId, filesBefore);
  }

  @Test
  void anAgentWithClearanceOneCanNeitherListNorDownloadTheAttachmentsOfALevelTwoCase()
      throws Exception {
    // Carla (supervisor) posts a file on an unheld case, then raises it to level 2; ana's
    // clearance is 1.
    long caseId =
        openings
            .open(
                "carla",
                "Maria",
                "Anexo sigiloso " + UUID.randomUUID().toString().substring(0, 8),
                "Documento reservado.",
                Priority.NORMAL,
                null,
                false)
            .id();
    note("carla", caseId, AttachmentUpload.of("reservado.pdf", pdf(500)));
    CaseDetails opened = acting.as("carla", () -> cases.details(caseId));
    acting.as("carla", () -> cases.changeAccessLevel(caseId, opened.version(), 2));
    long attachmentId =
        acting.as("carla", () -> attachments.attachments(caseId, PageRequest.of(0, 1))).get(0).id();

    assertEquals(
        List.of(), acting.as("ana", () -> attachments.attachments(caseId, PageRequest.of(0, 10))));
    assertEquals(0, acting.as("ana", () -> attachments.countAttachments(caseId)));
    assertThrows(NotFoundException.class, () -> download("ana", attachmentId));
    assertArrayEquals(pdf(500), bytesOf(download("carla", attachmentId)));
  }

  private void assertNothingKept(long caseId, Set<Path> filesBefore) throws Exception {
    // The opening email's EMAIL_SENT entry is the only one (SPEC C6): no note was kept.
    assertEquals(1, acting.as("ana", () -> discussion.countDiscussion(caseId)), "no entry");
    assertEquals(0, acting.as("ana", () -> attachments.countAttachments(caseId)), "no row");
    assertEquals(List.of(), rows.storageOf(caseId));
    assertEquals(filesBefore, filesInStore(), "no file left in the store");
  }

  private Set<Path> filesInStore() throws IOException {
    try (Stream<Path> files = Files.list(store.directory())) {
      return files.collect(Collectors.toSet());
    }
  }

  private void note(String login, long caseId, AttachmentUpload... files) throws Exception {
    acting.as(
        login,
        () -> {
          discussion.addNote(
              new AddNoteCommand(caseId, "Segue o documento.", false, false, List.of(files)));
          return null;
        });
  }

  private AttachmentDownload download(String login, long attachmentId) throws Exception {
    return acting.as(login, () -> attachments.download(attachmentId));
  }

  private long openHeldBy(String login) throws Exception {
    return openings
        .open(
            login,
            "Maria",
            "Anexos " + UUID.randomUUID().toString().substring(0, 8),
            "Conferir os anexos.",
            Priority.NORMAL,
            null,
            true)
        .id();
  }

  private static AttachmentItem named(List<AttachmentItem> items, String fileName) {
    return items.stream()
        .filter(item -> item.fileName().equals(fileName))
        .findFirst()
        .orElseThrow();
  }

  private static byte[] bytesOf(AttachmentDownload download) throws IOException {
    try (InputStream in = download.open()) {
      return in.readAllBytes();
    }
  }

  /** A PDF header followed by padding up to the given size. */
  private static byte[] pdf(int size) {
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    byte[] pdf = Arrays.copyOf(header, Math.max(size, header.length));
    Arrays.fill(pdf, header.length, pdf.length, (byte) ' ');
    return pdf;
  }

  private static byte[] png() {
    return new byte[] {
      (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
    };
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
