package br.com.atende.shared;

import java.util.regex.Pattern;

/**
 * What a spreadsheet would take for a formula in a CSV cell (OWASP's CSV injection list): every CSV
 * Atende writes (the queue's export, the monthly consumption report, a bulk action's refusals)
 * neutralises such a cell the same way, so a client named "=HYPERLINK(…)" stays text.
 */
public final class SpreadsheetFormulas {

  /** Characters that make a spreadsheet read a cell as a formula, the full-width ones included. */
  private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private SpreadsheetFormulas() {}

  /**
   * Whether a spreadsheet could take the value for a formula: it starts with a formula character,
   * also after leading blanks, or with a tab or a line break. A plain number, negative ones
   * included, is left alone.
   */
  public static boolean isFormula(String value) {
    if (value.isEmpty() || NUMBER.matcher(value).matches()) {
      return false;
    }
    char first = value.charAt(0);
    if (first == '\t' || first == '\r' || first == '\n') {
      return true;
    }
    String stripped = value.stripLeading();
    return !stripped.isEmpty() && FORMULA_STARTS.indexOf(stripped.charAt(0)) >= 0;
  }

  /** The value as a cell can hold it: a leading apostrophe when a spreadsheet would run it. */
  public static String neutralised(String value) {
    return isFormula(value) ? "'" + value : value;
  }
}
