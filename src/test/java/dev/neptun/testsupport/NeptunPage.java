package dev.neptun.testsupport;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web page at / as a person uses it: by labels, buttons and what is shown. Every action waits
 * for its visible outcome, so tests read as steps, not as timing. Elements are looked up afresh
 * each time: the page renders its lists anew after every change.
 */
public final class NeptunPage {

    private final Browser browser;

    /** The page in a browser that may start later: the driver is asked for at each use. */
    public NeptunPage(Browser browser) {
        this.browser = browser;
    }

    private WebDriver driver() {
        return browser.driver();
    }

    // Views

    public NeptunPage waitForLoginForm() {
        return waitVisible(By.id("auth-view"));
    }

    public NeptunPage waitForProjects() {
        return waitVisible(By.id("projects-view"));
    }

    /** The project view with this project's name as its heading. */
    public NeptunPage waitForProject(String name) {
        waitVisible(By.id("project-view"));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("project-title"), name));
        return this;
    }

    public boolean isVisible(By locator) {
        return driver().findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    // Messages

    /** Waits for the page's alert (role="alert") to say this. */
    public NeptunPage waitForAlert(String text) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("alert"), text));
        return this;
    }

    public NeptunPage waitForStatus(String text) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("status"), text));
        return this;
    }

    /** The error a form shows (its own role="alert"). */
    public String formError(String formId) {
        return driver().findElement(By.cssSelector("#" + formId + " .form-error")).getText();
    }

    // Signing in and out

    public NeptunPage logIn(String email, String password) {
        fill("login-email", email);
        fill("login-password", password);
        click(By.cssSelector("#login-form button[type=submit]"));
        return this;
    }

    public NeptunPage signUp(String email, String password) {
        fill("sign-up-email", email);
        fill("sign-up-password", password);
        fill("sign-up-confirm", password);
        click(By.cssSelector("#sign-up-form button[type=submit]"));
        return this;
    }

    public NeptunPage logOut() {
        click(By.id("logout"));
        return waitForLoginForm();
    }

    public String signedInEmail() {
        return driver().findElement(By.id("account-email")).getText();
    }

    // Projects

    public NeptunPage createProject(String name) {
        return submitNewProject(name).waitForProject(name);
    }

    /** Submits the new-project form without waiting for the project: for when something else is to happen. */
    public NeptunPage submitNewProject(String name) {
        fill("project-name", name);
        click(By.cssSelector("#project-form button[type=submit]"));
        return this;
    }

    public List<String> projectNames() {
        return texts(By.cssSelector("#project-list .card-title"));
    }

    public NeptunPage openProject(String name) {
        click(By.linkText(name));
        return waitForProject(name);
    }

    // The project's forms

    public NeptunPage addInstallation(String accountName, long githubAccountId, long githubInstallationId) {
        fill("installation-account-name", accountName);
        fill("installation-account-id", Long.toString(githubAccountId));
        fill("installation-github-id", Long.toString(githubInstallationId));
        click(By.cssSelector("#installation-form button[type=submit]"));
        return waitForStatus("The installation " + accountName + " was added: a new import can come through it.");
    }

    /** A GitHub-installation import through the installation with this account name. */
    public NeptunPage addGithubImport(String sourcePath, String accountName) {
        new Select(driver().findElement(By.id("import-source-type"))).selectByValue("github_repository_installation");
        Select installation = new Select(waitVisibleElement(By.id("import-installation")));
        installation.getOptions().stream().filter(option -> option.getText().startsWith(accountName + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no installation " + accountName + " to choose")).click();
        fill("import-source-path", sourcePath);
        click(By.cssSelector("#import-form button[type=submit]"));
        return waitForStatus("The import " + sourcePath + " was created.");
    }

    public NeptunPage addFile(String importPath, String title, String content) {
        Select importChoice = new Select(driver().findElement(By.id("file-import")));
        importChoice.getOptions().stream().filter(option -> option.getText().startsWith(importPath + " (")).findFirst()
                .orElseThrow(() -> new AssertionError("no import " + importPath + " to choose")).click();
        fill("file-title", title);
        fill("file-content", content);
        click(By.cssSelector("#file-form button[type=submit]"));
        return waitForStatus("The file " + title + " was added.");
    }

    // Imports, files, connections

    public By importCard(int importId) {
        return By.cssSelector("#import-list li[data-import-id='" + importId + "']");
    }

    /** The card of the only import shown with this source path. */
    public int importIdOf(String sourcePath) {
        return driver().findElements(By.cssSelector("#import-list li")).stream()
                .filter(card -> card.findElement(By.className("card-title")).getText().equals(sourcePath))
                .map(card -> Integer.parseInt(card.getDomAttribute("data-import-id")))
                .findFirst().orElseThrow(() -> new AssertionError("no import " + sourcePath + " shown"));
    }

    /** What an import's card says under a term: Source, Status, Files, Installation. */
    public String importFact(int importId, String term) {
        return driver().findElement(importCard(importId))
                .findElement(By.xpath(".//dt[normalize-space()='" + term + "']/following-sibling::dd")).getText();
    }

    public List<Integer> importIds() {
        return driver().findElements(By.cssSelector("#import-list li")).stream()
                .map(card -> Integer.parseInt(card.getDomAttribute("data-import-id"))).toList();
    }

    public NeptunPage waitUntilImportIsGone(int importId) {
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(importCard(importId), 0));
        return this;
    }

    public NeptunPage showFiles(int importId) {
        click(By.cssSelector("button[data-action='files'][data-import-id='" + importId + "']"));
        return waitVisible(By.id("files-panel"));
    }

    /** Each shown file's row: title, size, language. */
    public List<List<String>> fileRows() {
        return driver().findElements(By.cssSelector("#file-rows tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    public List<String> connectedInstallations() {
        return texts(By.cssSelector("#connection-list strong"));
    }

    /** Each connected installation's line as shown: name, type, GitHub's number, and whether it is suspended. */
    public List<String> connectionLines() {
        return texts(By.cssSelector("#connection-list li"));
    }

    /** What the new-import form offers to import a GitHub repository through, or its placeholder when nothing. */
    public List<String> installationChoices() {
        new Select(driver().findElement(By.id("import-source-type"))).selectByValue("github_repository_installation");
        return new Select(waitVisibleElement(By.id("import-installation"))).getOptions().stream()
                .map(option -> "".equals(option.getDomAttribute("value")) ? "(placeholder) " + option.getText() : option.getText()).toList();
    }

    // The delete dialog

    public By deleteButton(int importId) {
        return By.cssSelector("button[data-action='delete'][data-import-id='" + importId + "']");
    }

    public NeptunPage askToDelete(int importId) {
        click(deleteButton(importId));
        return waitForDialog();
    }

    public NeptunPage waitForDialog() {
        return waitVisible(By.id("delete-dialog"));
    }

    public boolean dialogIsOpen() {
        return driver().findElement(By.id("delete-dialog")).getDomAttribute("open") != null;
    }

    public NeptunPage waitForDialogClosed() {
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("delete-dialog")));
        return this;
    }

    public String dialogTitle() {
        return driver().findElement(By.id("delete-title")).getText();
    }

    /** The consequences the dialog states, one per line. */
    public List<String> dialogConsequences() {
        return texts(By.cssSelector("#delete-consequences li"));
    }

    public NeptunPage confirmDelete() {
        click(By.id("delete-confirm"));
        return this;
    }

    public NeptunPage cancelDelete() {
        click(By.id("delete-cancel"));
        return waitForDialogClosed();
    }

    // Plumbing

    public WebElement focused() {
        return driver().switchTo().activeElement();
    }

    private NeptunPage waitVisible(By locator) {
        waitVisibleElement(locator);
        return this;
    }

    private WebElement waitVisibleElement(By locator) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void fill(String id, String value) {
        WebElement field = waitVisibleElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void click(By locator) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private List<String> texts(By locator) {
        return driver().findElements(locator).stream().map(WebElement::getText).toList();
    }
}
