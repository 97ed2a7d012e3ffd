package br.com.atende.web.admin;

import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.timekeeping.application.EntryTemplateRow;
import br.com.atende.timekeeping.application.TimeAdminService;
import br.com.atende.timekeeping.model.Nature;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.OfferedConverter;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * The entry templates panel of the time administration page (seed 000 "Modelos"): the templates,
 * paged, and their form (a group, a name, the description and optionally the nature of the work).
 */
@Named
@ViewScoped
public class EntryTemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TimeAdminService admin;

  private final LazyDataModel<EntryTemplateRow> templates =
      new PagedModel<>(
          request -> admin.templates(request),
          () -> admin.countTemplates().value(),
          EntryTemplateRow::id);

  /** Groups found for the autocomplete, remembered so that the chosen one converts back. */
  private final Map<Long, Choice> offeredGroups = new HashMap<>();

  private Long id;
  private long version;
  private Choice group;
  private String name;
  private Nature nature;
  private String description;

  public List<Choice> completeGroup(String text) {
    List<Choice> found = admin.groups(text);
    found.forEach(g -> offeredGroups.put(g.id(), g));
    return found;
  }

  public void edit(EntryTemplateRow row) {
    id = row.id();
    version = row.version();
    group = new Choice(row.groupId(), row.groupName());
    offeredGroups.put(group.id(), group);
    name = row.name();
    nature = row.nature();
    description = row.description();
  }

  public void save() {
    try {
      admin.saveTemplate(
          new EntryTemplateRow(
              id, version, group == null ? null : group.id(), null, name, nature, description));
      Feedback.info("admin.time.saved", name);
      clear();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void delete(EntryTemplateRow row) {
    try {
      admin.deleteTemplate(row.id(), row.version());
      Feedback.info("admin.time.templateDeleted", row.name());
      if (row.id().equals(id)) {
        clear();
      }
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void clear() {
    id = null;
    version = 0;
    group = null;
    name = null;
    nature = null;
    description = null;
  }

  public LazyDataModel<EntryTemplateRow> getTemplates() {
    return templates;
  }

  public Converter<Choice> getGroupConverter() {
    return new OfferedConverter<>(offeredGroups, Choice::id);
  }

  public Nature[] getNatures() {
    return Nature.values();
  }

  public boolean isEditing() {
    return id != null;
  }

  public Choice getGroup() {
    return group;
  }

  public void setGroup(Choice group) {
    this.group = group;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Nature getNature() {
    return nature;
  }

  public void setNature(Nature nature) {
    this.nature = nature;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
