package br.com.atende.cases.printing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A company's print template: the XHTML body of the printed case, with {@link PrintLayout}'s
 * placeholders. A company without one prints with {@link PrintLayout#DEFAULT_TEMPLATE}.
 */
@Entity
@Table(name = "print_template")
public class PrintTemplate {

  @Id
  @Column(name = "company_id")
  private Long companyId;

  @Column(nullable = false, length = PrintLayout.TEMPLATE_LENGTH)
  private String body;

  @Version private long version;

  protected PrintTemplate() {}

  PrintTemplate(long companyId, String body) {
    this.companyId = companyId;
    this.body = body;
  }

  void change(String body) {
    this.body = body;
  }

  public String getBody() {
    return body;
  }

  public long getVersion() {
    return version;
  }
}
