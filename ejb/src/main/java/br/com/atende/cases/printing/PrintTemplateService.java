package br.com.atende.cases.printing;

import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.Choice;
import br.com.atende.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The administration of each company's print template (seed 004 §4.3). */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PrintTemplateService {

  @PersistenceContext private EntityManager em;

  /** The companies, whose templates are edited one at a time (a short reference list). */
  public List<Choice> companies() {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(c.id, c.name) FROM Company c ORDER BY c.name",
            Choice.class)
        .setMaxResults(200)
        .getResultList();
  }

  /** The company's template, or the default one (version -1) when it has never been changed. */
  public PrintTemplateForm template(long companyId) {
    if (em.find(Company.class, companyId) == null) {
      throw new NotFoundException();
    }
    PrintTemplate template = em.find(PrintTemplate.class, companyId);
    return template == null
        ? new PrintTemplateForm(companyId, PrintLayout.DEFAULT_TEMPLATE, -1)
        : new PrintTemplateForm(companyId, template.getBody(), template.getVersion());
  }

  /**
   * Saves the company's template, sanitized (an administrator formats the print; nothing of the
   * template runs in a reader's browser). Returns the template as stored.
   */
  public PrintTemplateForm save(PrintTemplateForm form) {
    if (em.find(Company.class, form.companyId()) == null) {
      throw new NotFoundException();
    }
    String body = PrintLayout.sanitizedTemplate(form.body());
    PrintTemplate template = em.find(PrintTemplate.class, form.companyId());
    if (template == null) {
      template = new PrintTemplate(form.companyId(), body);
      em.persist(template);
    } else if (template.getVersion() != form.version()) {
      throw new ConcurrentChangeException(null);
    } else {
      template.change(body);
    }
    em.flush();
    return new PrintTemplateForm(form.companyId(), template.getBody(), template.getVersion());
  }
}
