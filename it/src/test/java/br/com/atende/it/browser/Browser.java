package br.com.atende.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (paths overridable with CHROMIUM /
 * CHROMEDRIVER): nothing is downloaded at test time, and the flags keep Chromium off the network it
 * cannot reach here.
 */
final class Browser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final WebDriver driver;
  private final WebDriverWait wait;

  Browser() {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(env("CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--lang=pt-BR");
    driver = new ChromeDriver(service, options);
    // A live update may re-render what a condition is looking at (a queue's tab counts): look
    // again.
    wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
  }

  void open(String url) {
    driver.get(url);
  }

  void logIn(String login, String password) {
    type(By.id("j_username"), login);
    type(By.id("j_password"), password);
    click(By.id("login-submit"));
  }

  void type(By field, String text) {
    WebElement element = until(ExpectedConditions.elementToBeClickable(field));
    element.clear();
    element.sendKeys(text);
  }

  /**
   * Replaces what a field holds as the agent would, selecting it all and typing over it: a date
   * picker with a value keeps it through {@link WebElement#clear()}.
   */
  void replace(By field, String text) {
    WebElement element = until(ExpectedConditions.elementToBeClickable(field));
    element.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }

  /** Types into a PrimeFaces rich-text editor (Quill): its editable area, not a form field. */
  void typeRich(String editorId, String text) {
    WebElement area =
        until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='" + editorId + "']//div[contains(@class,'ql-editor')]")));
    area.click();
    area.sendKeys(text);
  }

  /** Chooses a local file in a native file input, as the file dialog would. */
  void attach(By fileInput, Path file) {
    until(ExpectedConditions.presenceOfElementLocated(fileInput))
        .sendKeys(file.toAbsolutePath().toString());
  }

  /**
   * Fetches a URL from the page, with the agent's session, and answers its status and the named
   * response headers, separated by " | ": to check a download without a download dialog.
   */
  String fetch(String url, String... headers) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done([String(r.status)]"
                    + ".concat(arguments[1].map(h => r.headers.get(h))).join(' | ')));",
                url,
                List.of(headers));
  }

  /**
   * Fetches a URL from the page, with the agent's session, and answers its body as bytes read one
   * char each (ISO-8859-1): to look into a downloaded file (a PDF) without a download dialog.
   */
  String fetchBytes(String url) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                    + "let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                    + " done(s); });",
                url);
  }

  void click(By target) {
    until(ExpectedConditions.elementToBeClickable(target)).click();
  }

  /**
   * Picks an option of a PrimeFaces selectOneMenu through its widget (its overlay panel is
   * positioned by script, which makes clicking its items flaky in a headless window), then checks
   * the label the agent sees.
   */
  void choose(String menuId, String widgetVar, String value, String label) {
    until(ExpectedConditions.presenceOfElementLocated(By.id(menuId)));
    ((JavascriptExecutor) driver)
        .executeScript("PF(arguments[0]).selectValue(arguments[1]);", widgetVar, value);
    until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
  }

  /**
   * Picks an option as the agent's click would, so that the menu's change behaviour (an ajax update
   * of what depends on the choice) runs, and waits for it to be done. {@link #choose} sets the
   * value silently, for menus whose choice only travels with the form.
   */
  void pick(String menuId, String widgetVar, String value, String label) {
    choose(menuId, widgetVar, value, label);
    script("PF(arguments[0]).triggerChange();", widgetVar);
    until(driver -> Boolean.TRUE.equals(script("return PrimeFaces.ajax.Queue.isEmpty();")));
  }

  /**
   * The value of the option of a selectOneMenu's hidden native select (id ending in "_input") whose
   * label contains the given text: ids the test cannot know in advance.
   */
  String optionValue(String selectId, String labelPart) {
    until(ExpectedConditions.presenceOfElementLocated(By.id(selectId)));
    return driver.findElements(By.cssSelector("[id='" + selectId + "'] option")).stream()
        .filter(option -> option.getAttribute("textContent").contains(labelPart))
        .map(option -> option.getAttribute("value"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(selectId + " offers no " + labelPart));
  }

  /** Ticks a PrimeFaces selectBooleanCheckbox. */
  void tick(String checkboxId) {
    click(By.xpath("//div[@id='" + checkboxId + "']//div[contains(@class,'ui-chkbox-box')]"));
    until(
        ExpectedConditions.attributeContains(
            By.xpath("//div[@id='" + checkboxId + "']//div[contains(@class,'ui-chkbox-box')]"),
            "class",
            "ui-state-active"));
  }

  /** Opens a tab of a PrimeFaces tabView by its id. */
  void openTab(String tabId) {
    click(By.cssSelector("a[href='#" + tabId + "']"));
    until(ExpectedConditions.visibilityOfElementLocated(By.id(tabId)));
  }

  /**
   * The visible text of the element, located and read in one step of the wait: an ajax update (or a
   * live update pushed meanwhile) may replace the element between finding and reading it.
   */
  String textOf(By target) {
    return until(
        driver -> {
          WebElement element = driver.findElement(target);
          return element.isDisplayed() ? element.getText() : null;
        });
  }

  <T> T until(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  /** Like {@link #until} with a shorter bound: for what must happen within a stated time. */
  <T> T within(Duration bound, Function<WebDriver, T> condition) {
    WebDriverWait bounded = new WebDriverWait(driver, bound);
    bounded.ignoring(StaleElementReferenceException.class);
    return bounded.until(condition);
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /**
   * The text of the alert, confirm or prompt dialog the page opened, dismissed; null when none is
   * open (a dialog ChromeDriver already dismissed surfaces as an UnhandledAlertException).
   */
  String dialog() {
    try {
      org.openqa.selenium.Alert alert = driver.switchTo().alert();
      String text = alert.getText();
      alert.dismiss();
      return text;
    } catch (org.openqa.selenium.NoAlertPresentException none) {
      return null;
    } catch (org.openqa.selenium.UnhandledAlertException dismissed) {
      return dismissed.getAlertText() == null ? "(dismissed)" : dismissed.getAlertText();
    }
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * A cookie's value, HttpOnly ones too (the page's scripts cannot read those); null when unset.
   */
  String cookie(String name) {
    org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** Forgets the site's cookies, as a new browser would: the next page starts a new session. */
  void forgetCookies() {
    driver.manage().deleteAllCookies();
  }

  /** Presses keys as the agent would, in whatever element has the focus (the page when none). */
  void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /**
   * Presses a key with a modifier held down (Ctrl+Enter). A chord sent as keys does not hold the
   * modifier for ChromeDriver: the page sees Control, then a plain Enter.
   */
  void pressHolding(Keys modifier, CharSequence key) {
    new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
  }

  /** The focused element's attribute, e.g. to follow the keyboard's focus through a table. */
  String focusedAttribute(String name) {
    return driver.switchTo().activeElement().getAttribute(name);
  }

  /** Saves what the browser shows, as a PNG, resizing the window to this height first. */
  void screenshot(Path file, int height) {
    driver.manage().window().setSize(new Dimension(1400, height));
    script("window.scrollTo(0, 0)");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
