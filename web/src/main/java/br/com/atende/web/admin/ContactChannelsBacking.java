package br.com.atende.web.admin;

import br.com.atende.cases.application.ContactChannelAdministration;
import br.com.atende.cases.application.ContactChannelForm;
import br.com.atende.cases.application.ContactChannelRow;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The contact channels page (issue 15): the channels in the opening form's order, and the form that
 * creates one or changes one of the list (its code stays).
 */
@Named
@ViewScoped
public class ContactChannelsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContactChannelAdministration channels;

  private String editingCode;
  private String code;
  private String namePt;
  private String nameEn;
  private int sortOrder;

  private final LazyDataModel<ContactChannelRow> rows =
      new PagedModel<>(
          page -> channels.page(page), () -> channels.count().value(), ContactChannelRow::code);

  public void edit(String channelCode) {
    try {
      ContactChannelForm form = channels.form(channelCode);
      editingCode = form.code();
      code = form.code();
      namePt = form.namePt();
      nameEn = form.nameEn();
      sortOrder = form.sortOrder();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void save() {
    ContactChannelForm form = new ContactChannelForm(code, namePt, nameEn, sortOrder);
    try {
      if (editingCode == null) {
        channels.create(form);
        Feedback.info("catalogue.created", namePt);
      } else {
        channels.change(editingCode, form);
        Feedback.info("catalogue.changed", namePt);
      }
      clear();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void deactivate(String channelCode) {
    try {
      channels.deactivate(channelCode);
      Feedback.info("catalogue.removed.DEACTIVATED", channelCode);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void reactivate(String channelCode) {
    try {
      channels.reactivate(channelCode);
      Feedback.info("catalogue.reactivated", channelCode);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void clear() {
    editingCode = null;
    code = null;
    namePt = null;
    nameEn = null;
    sortOrder = 0;
  }

  public LazyDataModel<ContactChannelRow> getRows() {
    return rows;
  }

  public boolean isEditing() {
    return editingCode != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNamePt() {
    return namePt;
  }

  public void setNamePt(String namePt) {
    this.namePt = namePt;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }
}
