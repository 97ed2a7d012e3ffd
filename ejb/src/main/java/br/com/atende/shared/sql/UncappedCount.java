package br.com.atende.shared.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a SQL statement counts rows of a growing table without a cap: the rule "every count
 * capped" (the queue tabs read at most 1001 ids and show "1000+") as a check on the SQL EclipseLink
 * actually sends, on H2 and PostgreSQL alike.
 *
 * <p>A {@code COUNT(} is capped only when every row it counts comes through a subquery with a
 * {@code LIMIT}, {@code FETCH FIRST/NEXT} or {@code TOP}: {@code SELECT COUNT(*) FROM (SELECT id
 * FROM support_case ... LIMIT 1001) t} is capped. A limit beside the count caps nothing, since it
 * applies to the one row the aggregate returns ({@code SELECT COUNT(*) FROM support_case LIMIT
 * 1001}, which is what a JPQL count with {@code setMaxResults} becomes), and neither does one
 * beside {@code COUNT(*) OVER ()}, which is computed before the limit. Counts over other tables,
 * and subqueries of a count that only filter ({@code WHERE x IN (SELECT ...)}), are not this rule's
 * concern.
 *
 * <p>A small scanner, not a SQL parser: it splits the statement at the parentheses that open a
 * subquery and looks at each level's own text. That is enough for the statements EclipseLink prints
 * and the native ones Atende writes; the unit test holds samples of both.
 */
public final class UncappedCount {

  /** Tables whose rows grow with a client's or a department's whole history. */
  public static final Set<String> HISTORY_TABLES =
      Set.of("support_case", "discussion_entry", "forwarding");

  /** A count and what it counts: {@code *}, a column, or an alias-qualified column. */
  private static final Pattern COUNT =
      Pattern.compile("\\bcount\\s*\\(\\s*(?:distinct\\s+|all\\s+)?([^()]*?)\\s*\\)");

  private static final Pattern QUALIFIED = Pattern.compile("^([a-z_]\\w*)\\.\\w+$");

  private static final Pattern CAP =
      Pattern.compile("\\blimit\\b|\\bfetch\\s+(first|next)\\b|\\btop\\s*[(\\d?]|\\brownum\\b");

  /** The table sources of one level: from FROM to the clause that ends them. */
  private static final Pattern FROM_CLAUSE =
      Pattern.compile(
          "\\bfrom\\b(.*?)(?=\\bwhere\\b|\\bgroup\\s+by\\b|\\border\\s+by\\b|\\bhaving\\b"
              + "|\\blimit\\b|\\boffset\\b|\\bfetch\\b|\\bunion\\b|\\bfor\\s+update\\b|$)");

  /** What precedes a subquery whose rows feed its level: FROM, JOIN, a CTE, a UNION's part. */
  private static final Pattern ROW_SOURCE =
      Pattern.compile("(\\bfrom|\\bjoin|\\bas|\\blateral|\\bunion( all)?)\\s*(\\(\\s*)*$");

  /** A subquery after a comma feeds its level when the comma is in the FROM list. */
  private static final Pattern AFTER_COMMA = Pattern.compile(",\\s*(\\(\\s*)*$");

  private static final Pattern FROM = Pattern.compile("\\bfrom\\b");

  private final List<Pattern> tables;

  private UncappedCount(Set<String> tables) {
    this.tables =
        tables.stream()
            .map(t -> Pattern.compile("\\b" + Pattern.quote(t.toLowerCase(Locale.ROOT)) + "\\b"))
            .toList();
  }

  /** The check over {@link #HISTORY_TABLES}. */
  public static UncappedCount overHistoryTables() {
    return over(HISTORY_TABLES);
  }

  public static UncappedCount over(Set<String> tables) {
    return new UncappedCount(tables);
  }

  /** Whether this statement counts rows of one of the tables with no cap below the count. */
  public boolean test(String sql) {
    return anyUncapped(Level.of(normalized(sql)));
  }

  /** The statements of the list that count rows of the tables with no cap, in order. */
  public List<String> in(List<String> statements) {
    return statements.stream().filter(this::test).toList();
  }

  private boolean anyUncapped(Level level) {
    Matcher count = COUNT.matcher(level.own);
    while (count.find()) {
      if (countsUncappedRows(level, count.group(1))) {
        return true;
      }
    }
    return level.children.stream().anyMatch(child -> anyUncapped(child.level));
  }

  /**
   * Whether a count of this argument counts watched rows with no cap. {@code COUNT(t0.id)} counts
   * the rows of what {@code t0} names (so a count of a case's audit rows, which joins {@code
   * support_case} only to apply the access rule to the one case, is not one); {@code COUNT(*)}, an
   * unqualified column or an alias that cannot be resolved counts the rows of every source.
   */
  private boolean countsUncappedRows(Level level, String argument) {
    Matcher qualified = QUALIFIED.matcher(argument);
    if (qualified.matches()) {
      String alias = qualified.group(1);
      Matcher subquery =
          Pattern.compile("\\(subquery#(\\d+)\\)\\s+(?:as\\s+)?" + alias + "\\b(?!\\.)")
              .matcher(level.own);
      if (subquery.find()) {
        Level source = level.children.get(Integer.parseInt(subquery.group(1))).level;
        return !isCapped(source) && feedsUncappedRows(source);
      }
      Matcher table =
          Pattern.compile("\\b([a-z_][\\w.]*)\\s+(?:as\\s+)?" + alias + "\\b(?!\\.)")
              .matcher(fromClauses(level));
      if (table.find()) {
        String name = table.group(1);
        String unqualified = name.substring(name.lastIndexOf('.') + 1);
        return tables.stream().anyMatch(t -> t.matcher(unqualified).matches());
      }
    }
    return feedsUncappedRows(level);
  }

  /** Whether rows of a watched table reach this level's own clauses with no cap on the way. */
  private boolean feedsUncappedRows(Level level) {
    if (tables.stream().anyMatch(t -> t.matcher(fromClauses(level)).find())) {
      return true;
    }
    return level.children.stream()
        .filter(child -> child.rowSource)
        .anyMatch(child -> !isCapped(child.level) && feedsUncappedRows(child.level));
  }

  private static boolean isCapped(Level level) {
    return CAP.matcher(level.own).find();
  }

  /** The table sources of a level's own text, joined by spaces. */
  private static String fromClauses(Level level) {
    StringBuilder sources = new StringBuilder();
    Matcher from = FROM_CLAUSE.matcher(level.own);
    while (from.find()) {
      sources.append(from.group(1)).append(' ');
    }
    return sources.toString();
  }

  /** Lower case, one space between words, no comments, string literals emptied. */
  static String normalized(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'') {
        int end = i + 1;
        while (end < sql.length()) {
          if (sql.charAt(end) == '\'') {
            if (end + 1 < sql.length() && sql.charAt(end + 1) == '\'') {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        out.append("''");
        i = end + 1;
      } else if (c == '"') {
        i++; // quoted identifiers compare as plain names
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length() : end + 2;
        out.append(' ');
      } else {
        out.append(Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c));
        i++;
      }
    }
    return out.toString().replaceAll(" +", " ").trim();
  }

  /** One level of a statement: its own text (subqueries left out) and its subqueries. */
  private record Level(String own, List<Child> children) {

    static Level of(String sql) {
      int[] closing = matchingParentheses(sql);
      return parse(sql, 0, sql.length(), closing);
    }

    private static Level parse(String sql, int from, int to, int[] closing) {
      StringBuilder own = new StringBuilder();
      List<Child> children = new ArrayList<>();
      int i = from;
      while (i < to) {
        char c = sql.charAt(i);
        if (c == '(' && closing[i] > i && closing[i] <= to && opensSubquery(sql, i + 1)) {
          boolean rowSource =
              ROW_SOURCE.matcher(own).find()
                  || (AFTER_COMMA.matcher(own).find() && FROM.matcher(own).find());
          children.add(new Child(parse(sql, i + 1, closing[i], closing), rowSource));
          own.append(" (subquery#").append(children.size() - 1).append(") ");
          i = closing[i] + 1;
        } else {
          own.append(c);
          i++;
        }
      }
      return new Level(own.toString(), children);
    }

    private static boolean opensSubquery(String sql, int at) {
      String rest = sql.substring(at).stripLeading();
      return rest.startsWith("select ") || rest.startsWith("with ") || rest.startsWith("select(");
    }

    /** For each opening parenthesis, where it closes (-1 when it never does). */
    private static int[] matchingParentheses(String sql) {
      int[] closing = new int[sql.length()];
      java.util.Arrays.fill(closing, -1);
      Deque<Integer> open = new ArrayDeque<>();
      for (int i = 0; i < sql.length(); i++) {
        if (sql.charAt(i) == '(') {
          open.push(i);
        } else if (sql.charAt(i) == ')' && !open.isEmpty()) {
          closing[open.pop()] = i;
        }
      }
      return closing;
    }
  }

  /** A subquery, and whether its rows feed the level around it (rather than filter it). */
  private record Child(Level level, boolean rowSource) {}
}
