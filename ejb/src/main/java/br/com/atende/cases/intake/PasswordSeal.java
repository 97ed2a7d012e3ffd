package br.com.atende.cases.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the mailbox password for the database: AES-256-GCM (the JDK's, no hand-made cipher) under a
 * key kept in a file of the server's data directory ({@code atende/mailbox.key}, readable by the
 * server's user only, made on first use), never in the database, so a copy of the database alone
 * does not give the password away. The password cannot be hashed: Atende must present it to the
 * IMAP server. Back the key file up with the database, or the password must be typed again.
 */
@ApplicationScoped
public class PasswordSeal {

  private static final int IV_BYTES = 12;

  private static final int TAG_BITS = 128;

  private final SecureRandom random = new SecureRandom();

  private SecretKey key;

  public String seal(String password) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has AES-GCM", e);
    }
  }

  /**
   * The password sealed before; fails when the key file was replaced (the password must be typed
   * again).
   */
  public String open(String sealed) {
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      return new String(
          cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "the mailbox password cannot be opened with this server's key; save it again", e);
    }
  }

  private synchronized SecretKey key() throws GeneralSecurityException {
    if (key == null) {
      key = new SecretKeySpec(readOrMakeKey(keyFile()), "AES");
    }
    return key;
  }

  private static Path keyFile() {
    return Path.of(System.getProperty("jboss.server.data.dir", "."), "atende", "mailbox.key");
  }

  private static byte[] readOrMakeKey(Path file) throws GeneralSecurityException {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        byte[] made = generator.generateKey().getEncoded();
        try {
          Files.createFile(file, ownerOnly(file));
          Files.write(file, Base64.getEncoder().encode(made));
          return made;
        } catch (FileAlreadyExistsException another) {
          // Another server sharing the directory made it first: use theirs.
        }
      }
      return Base64.getDecoder().decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or make the key file " + file, e);
    }
  }

  private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new java.nio.file.attribute.FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new java.nio.file.attribute.FileAttribute<?>[0];
  }
}
