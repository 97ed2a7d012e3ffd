package br.com.atende.cases.attachment;

import br.com.atende.mail.application.StoredFiles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The files of attachments, outside the database: one file per attachment in one directory, named
 * by a random UUID (the storage key), never by the agent's file name, so no name can reach outside
 * the directory. A file is written inside the caller's transaction and deleted again if that
 * transaction does not commit, so a refused or failed post leaves no file behind.
 *
 * <p>The directory is the system property {@value #DIRECTORY_PROPERTY} or the environment variable
 * {@code ATENDE_ATTACHMENTS_DIR}, by default {@code atende/attachments} under the server's data
 * directory.
 */
@ApplicationScoped
public class AttachmentStore implements StoredFiles {

  public static final String DIRECTORY_PROPERTY = "atende.attachments.dir";

  private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());

  @Resource private TransactionSynchronizationRegistry transactions;

  private Path directory;

  @PostConstruct
  void createDirectory() {
    String configured =
        System.getProperty(DIRECTORY_PROPERTY, System.getenv("ATENDE_ATTACHMENTS_DIR"));
    directory =
        configured == null || configured.isBlank()
            ? Path.of(System.getProperty("jboss.server.data.dir", "."), "atende", "attachments")
            : Path.of(configured);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the attachment directory " + directory, e);
    }
  }

  public Path directory() {
    return directory;
  }

  /**
   * Copies an upload into a new file, hashing it on the way, within the current transaction.
   * Refuses it as too large once more than {@code budget} bytes arrive, whatever size it declared.
   */
  public StoredFile write(AttachmentUpload upload, long budget) {
    if (transactions.getTransactionKey() == null) {
      throw new IllegalStateException("attachments are written inside a transaction only");
    }
    String key = UUID.randomUUID().toString();
    Path file = directory.resolve(key);
    boolean written = false;
    try {
      Files.createFile(file);
      transactions.registerInterposedSynchronization(new DeleteUnlessCommitted(file));
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      long size = 0;
      try (InputStream in = upload.content().open();
          OutputStream out =
              new DigestOutputStream(
                  Files.newOutputStream(file, StandardOpenOption.WRITE), sha256)) {
        byte[] buffer = new byte[65536];
        int read;
        while ((read = in.read(buffer)) >= 0) {
          size += read;
          if (size > budget) {
            throw AttachmentLimits.tooLarge(upload);
          }
          out.write(buffer, 0, read);
        }
      }
      written = true;
      return new StoredFile(key, file, size, HexFormat.of().formatHex(sha256.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store attachment " + upload.fileName(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    } finally {
      if (!written) {
        // Refused or unreadable: a caller that goes on with the transaction (an email's other
        // files) must not leave these bytes behind when it commits.
        deleteQuietly(file);
      }
    }
  }

  /** Removes a file written in this transaction and then refused by the caller. */
  public void remove(StoredFile stored) {
    deleteQuietly(stored.path());
  }

  /**
   * Removes the file of a storage key once the current transaction commits (its row went with it);
   * kept when the transaction rolls back, as the row then is.
   */
  public void removeAfterCommit(String storageKey) {
    Path file = pathOf(storageKey);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // The outcome is not known yet.
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              deleteQuietly(file);
            }
          }
        });
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not remove the file of a refused attachment " + file, e);
    }
  }

  /**
   * Removes the file of an attachment whose row the current transaction deletes, once it commits: a
   * purge rolled back keeps its files with its rows.
   */
  public void removeWhenCommitted(String storageKey) {
    transactions.registerInterposedSynchronization(new DeleteIfCommitted(pathOf(storageKey)));
  }

  /** Removes a file whose attachment row was deleted, after the deletion committed. */
  private record DeleteIfCommitted(Path file) implements Synchronization {

    @Override
    public void beforeCompletion() {
      // Nothing to do before the outcome is known.
    }

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        deleteQuietly(file);
      }
    }
  }

  /** The stored bytes of an attachment, read when the download streams them. */
  public FileContent content(String storageKey) {
    Path file = pathOf(storageKey);
    return () -> Files.newInputStream(file);
  }

  /** Where the file of a storage key is; only a UUID is a key, so no path can be smuggled in. */
  @Override
  public Path pathOf(String storageKey) {
    return directory.resolve(UUID.fromString(storageKey).toString());
  }

  /** Removes a file written during a transaction that then rolled back (or failed to commit). */
  private record DeleteUnlessCommitted(Path file) implements Synchronization {

    @Override
    public void beforeCompletion() {
      // Nothing to do before the outcome is known.
    }

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.log(
              Level.WARNING, "could not remove the file of a rolled-back attachment " + file, e);
        }
      }
    }
  }
}
