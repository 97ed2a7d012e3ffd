package br.com.atende.web.shared;

import br.com.atende.shared.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy PrimeFaces table over one paged service query and its count: every page the table shows is
 * one query in the database, sorted there by the column the viewer chose.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** A paged service query; serializable because view-scoped beans are. */
  public interface Loader<T> extends Serializable {
    List<T> load(PageRequest page);
  }

  /** The count of rows the paged query can return. */
  public interface Counter extends Serializable {
    long count();
  }

  private final Loader<T> loader;
  private final Counter counter;
  private final SerializableKey<T> rowKey;

  /** A row's stable key, for selection. */
  public interface SerializableKey<T> extends Function<T, Object>, Serializable {}

  public PagedModel(Loader<T> loader, Counter counter, SerializableKey<T> rowKey) {
    this.loader = loader;
    this.counter = counter;
    this.rowKey = rowKey;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(counter.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    return loader.load(
        new PageRequest(
            first,
            pageSize,
            sort == null ? null : sort.getField(),
            sort != null && sort.getOrder() == SortOrder.ASCENDING));
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(rowKey.apply(row));
  }

  /**
   * The row of the current page with this key, for row selection; rows of other pages are not
   * selectable (the tables select within their page).
   */
  @Override
  @SuppressWarnings("unchecked")
  public T getRowData(String key) {
    List<T> page = (List<T>) getWrappedData();
    if (page == null) {
      return null;
    }
    return page.stream().filter(row -> getRowKey(row).equals(key)).findFirst().orElse(null);
  }
}
