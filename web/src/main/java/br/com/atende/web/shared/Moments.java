package br.com.atende.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates and times as the workspace shows them, in the viewer's language ({@code
 * #{moments.short(row.openedAt)}}): what {@code <f:convertDateTime type="localDateTime"
 * dateStyle="short" timeStyle="short"/>} writes, with the formatter kept per language. The queue,
 * the search and the conversation show a date per row; a converter attached to an output per row
 * costs a component and a formatter per cell on every render.
 */
@Named
@ApplicationScoped
public class Moments {

  private final Map<Locale, DateTimeFormatter> shortFormats = new ConcurrentHashMap<>();

  /** The date and time, short style ("01/12/2026 14:30" in Portuguese); empty for none. */
  public String asShort(LocalDateTime moment) {
    if (moment == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return shortFormats
        .computeIfAbsent(
            locale,
            l ->
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT)
                    .withLocale(l))
        .format(moment);
  }
}
