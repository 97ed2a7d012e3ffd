package br.com.atende.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Turns the id an autocomplete posts back into the option it offered earlier in the same view: a
 * value never offered converts to nothing, so a forged id cannot pick anything.
 */
public final class OfferedConverter<T> implements Converter<T> {

  private final Map<Long, T> offered;
  private final ToLongFunction<T> id;

  public OfferedConverter(Map<Long, T> offered, ToLongFunction<T> id) {
    this.offered = offered;
    this.id = id;
  }

  @Override
  public T getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return offered.get(Long.valueOf(value));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, T value) {
    return value == null ? "" : String.valueOf(id.applyAsLong(value));
  }
}
