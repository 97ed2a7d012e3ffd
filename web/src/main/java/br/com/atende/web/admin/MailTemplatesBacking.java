package br.com.atende.web.admin;

import br.com.atende.mail.application.MailTemplates;
import br.com.atende.mail.model.MailTemplate;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's page of email templates: the company's wording of "Email about this case" in
 * each language, with the default shown until it is changed.
 */
@Named
@ViewScoped
public class MailTemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MailTemplates templates;

  private String language = "pt-BR";
  private String subject;
  private String body;
  private boolean custom;

  @PostConstruct
  void load() {
    MailTemplates.Wording wording = templates.wordingForEdit(MailTemplate.CASE_EMAIL, language);
    subject = wording.subject();
    body = wording.body();
    custom = wording.custom();
  }

  public void changeLanguage() {
    load();
  }

  public void save() {
    try {
      templates.save(MailTemplate.CASE_EMAIL, language, subject, body);
      Feedback.info("mailTemplates.saved");
      load();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void reset() {
    templates.reset(MailTemplate.CASE_EMAIL, language);
    Feedback.info("mailTemplates.wasReset");
    load();
  }

  public List<String> getLanguages() {
    return MailTemplates.LANGUAGES;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public boolean isCustom() {
    return custom;
  }
}
