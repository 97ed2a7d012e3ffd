package br.com.atende.cases.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of file a post may carry, and how each is recognized: its extension names the kind, and
 * the file's own bytes must agree (the browser's declared type is never trusted). An executable
 * renamed to .pdf, a ZIP renamed to .docx or a binary renamed to .txt is recognized as nothing.
 */
public enum AttachmentType {
  PDF("application/pdf", Set.of("pdf"), startsWith("%PDF-")),
  PNG(
      "image/png",
      Set.of("png"),
      startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})),
  JPEG(
      "image/jpeg",
      Set.of("jpg", "jpeg"),
      startsWith(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
  GIF("image/gif", Set.of("gif"), startsWith("GIF87a").or(startsWith("GIF89a"))),
  TEXT("text/plain", Set.of("txt", "log"), AttachmentType::isText),
  CSV("text/csv", Set.of("csv"), AttachmentType::isText),
  /** A saved email: text whose first line is a header ("From: ..."). */
  EMAIL("message/rfc822", Set.of("eml"), file -> isText(file) && startsWithHeaderLine(file)),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      Set.of("docx"),
      file -> isOfficeOpenXml(file, "word/")),
  XLSX(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      Set.of("xlsx"),
      file -> isOfficeOpenXml(file, "xl/")),
  PPTX(
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      Set.of("pptx"),
      file -> isOfficeOpenXml(file, "ppt/")),
  ODT("application/vnd.oasis.opendocument.text", Set.of("odt"), AttachmentType::isOpenDocument),
  ODS(
      "application/vnd.oasis.opendocument.spreadsheet",
      Set.of("ods"),
      AttachmentType::isOpenDocument),
  ODP(
      "application/vnd.oasis.opendocument.presentation",
      Set.of("odp"),
      AttachmentType::isOpenDocument);

  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** Enough of a file to see its signature and the first header line of an email. */
  private static final int HEAD = 1024;

  private final String contentType;
  private final Set<String> extensions;
  private final Check check;

  AttachmentType(String contentType, Set<String> extensions, Check check) {
    this.contentType = contentType;
    this.extensions = extensions;
    this.check = check;
  }

  /** The content type sent with a download: the recognized one, never the uploader's. */
  public String contentType() {
    return contentType;
  }

  /**
   * The type a file is, judging by its name's extension and by its content; empty when the
   * extension is not on the allow-list or the bytes do not agree with it. An empty file is nothing.
   */
  public static Optional<AttachmentType> recognize(String fileName, Path file) throws IOException {
    if (Files.size(file) == 0) {
      return Optional.empty();
    }
    String extension = extensionOf(fileName);
    for (AttachmentType type : values()) {
      if (type.extensions.contains(extension)) {
        return type.check.test(new Content(file, type)) ? Optional.of(type) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  static String extensionOf(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** A file under inspection, with its first bytes read once. */
  private record Content(Path file, AttachmentType claimed) {

    byte[] head() throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        return in.readNBytes(HEAD);
      }
    }
  }

  @FunctionalInterface
  private interface Check {
    boolean test(Content content) throws IOException;

    default Check or(Check other) {
      return content -> test(content) || other.test(content);
    }
  }

  private static Check startsWith(String signature) {
    return startsWith(signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static Check startsWith(byte[] signature) {
    return content -> {
      byte[] head = content.head();
      return head.length >= signature.length
          && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    };
  }

  /**
   * Text as people save it (UTF-8 or a Latin code page, as Excel writes CSV): no NUL byte and no
   * control character other than tab, line feed, form feed and carriage return, anywhere in the
   * file. Executables and other binaries always carry some.
   */
  private static boolean isText(Content content) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(content.file()), 65536)) {
      int b;
      while ((b = in.read()) >= 0) {
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
          return false;
        }
      }
      return true;
    }
  }

  /** "Received: ...", "From: ...", "Return-Path: ...": a field name, a colon, on the first line. */
  private static boolean startsWithHeaderLine(Content content) throws IOException {
    String head = new String(content.head(), StandardCharsets.ISO_8859_1);
    return head.matches("(?s)[!-9;-~]+:[^\r\n]*\r?\n.*");
  }

  /**
   * A Word, Excel or PowerPoint file (Office Open XML): a ZIP with the package's content types and
   * the part folder of its kind. Macro-enabled content is refused even under a macro-free name.
   */
  private static boolean isOfficeOpenXml(Content content, String partFolder) throws IOException {
    return inZip(
        content,
        zip ->
            zip.getEntry("[Content_Types].xml") != null
                && zip.stream().anyMatch(entry -> entry.getName().startsWith(partFolder))
                && zip.stream().noneMatch(entry -> entry.getName().endsWith("vbaProject.bin")));
  }

  /** An OpenDocument file: a ZIP whose "mimetype" entry names exactly the claimed type. */
  private static boolean isOpenDocument(Content content) throws IOException {
    return inZip(
        content,
        zip -> {
          ZipEntry mimetype = zip.getEntry("mimetype");
          if (mimetype == null) {
            return false;
          }
          try (InputStream in = zip.getInputStream(mimetype)) {
            String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
            return declared.equals(content.claimed().contentType);
          }
        });
  }

  private static boolean inZip(Content content, ZipCheck check) throws IOException {
    if (!startsWith(ZIP).test(content)) {
      return false;
    }
    // Only the central directory and one tiny entry are read: nothing is inflated in bulk.
    try (ZipFile zip = new ZipFile(content.file().toFile())) {
      return check.test(zip);
    } catch (ZipException e) {
      return false;
    }
  }

  @FunctionalInterface
  private interface ZipCheck {
    boolean test(ZipFile zip) throws IOException;
  }

  /** Every extension on the allow-list, for the file chooser's filter. */
  public static List<String> extensions() {
    return Arrays.stream(values()).flatMap(type -> type.extensions.stream()).sorted().toList();
  }
}
