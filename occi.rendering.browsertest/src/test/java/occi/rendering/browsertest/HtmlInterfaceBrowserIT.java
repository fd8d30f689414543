package occi.rendering.browsertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A person's walk through the browsable interface, in headless Chromium against the
 * exported container: the query interface, a kind's collection, a resource created
 * through the form (its title a script, which must stay text), an action triggered from
 * the resource page, a mixin tagged and untagged from it, and the delete button; states as badges, and no
 * form for what a backend refuses (CONFINE nodes, a fixed network, a sliver's sliver mixin). Each page is saved as a screenshot under
 * {@code target/screenshots/} for people to look at.
 */
class HtmlInterfaceBrowserIT {

    static final String COMPUTE = "http://schemas.ogf.org/occi/infrastructure#compute";
    static final String SCRIPT_TITLE = "<script>window.occiInjected = true</script> browser VM";
    static final String TAG_SCHEME = "http://browser.test/tags#";
    static final String TAG_TERM = "reviewed";

    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path temp;

    static Container container;
    static ChromeDriver browser;
    static Path screenshots;

    @BeforeAll
    static void startContainerAndBrowser() throws Exception {
        String notReady = Chromium.ensureInstalled(Path.of(System.getProperty("install.browser")));
        Assumptions.assumeTrue(notReady == null, notReady);

        screenshots = Files.createDirectories(Path.of(System.getProperty("screenshots.dir")));
        Path work = Files.createDirectories(temp.resolve("container"));
        container = Container.start(Path.of(System.getProperty("launcher.jar")), work);
        container.awaitServing("-/", "text/html");
        browser = Chromium.start(Files.createDirectories(temp.resolve("profile")));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (container != null) {
                container.close();
            }
        }
    }

    @Test
    void aPersonCreatesAResourceTriggersAnActionTagsItAndDeletesIt() throws Exception {
        // The query interface, categorised.
        browser.get(container.base.resolve("-/").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Query interface");
        assertThat(browser.findElements(By.cssSelector("#kinds section.category"))).hasSizeGreaterThanOrEqualTo(3);
        screenshot("01-query-interface");

        // Follow the compute kind's location to its collection.
        // (the compute kind itself, not a kind derived from it, such as a CONFINE sliver)
        WebElement computeSection = browser.findElements(By.cssSelector("#kinds section.category")).stream()
                .filter(s -> s.getText().contains(COMPUTE))
                .filter(s -> s.findElements(By.xpath(".//tr[th='Location']//a")).stream()
                        .anyMatch(a -> a.getAttribute("href").endsWith("/compute/")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the query interface lists no " + COMPUTE));
        String collection = computeSection.findElement(By.xpath(".//tr[th='Location']//a")).getAttribute("href");
        computeSection.findElement(By.xpath(".//tr[th='Location']//a")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(collection);
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("collection");
        screenshot("02-compute-collection");

        // Create a resource through the form; its title is a script.
        WebElement create = browser.findElement(By.cssSelector("form.create"));
        fillRequired(create);
        create.findElement(By.name("attribute.occi.core.title")).sendKeys(SCRIPT_TITLE);
        create.findElement(By.cssSelector("button[type=submit]")).click();
        screenshot("03-after-create");
        assertNoError();

        // POST-redirect-GET: the browser was sent on to the new resource's page, which says it was created.
        assertThat(browser.getCurrentUrl()).startsWith(collection).endsWith("?done=created");
        assertNotice("Created.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SCRIPT_TITLE);
        assertInert();
        String resource = browser.getCurrentUrl().replaceFirst("\\?.*$", "");
        screenshot("04-resource");

        // Trigger the first applicable action, filling in what it requires.
        List<WebElement> actions = browser.findElements(By.cssSelector("form.action"));
        assertThat(actions).as("a compute resource has applicable actions").isNotEmpty();
        WebElement action = actions.get(0);
        String actionId = action.getAttribute("data-action");
        fillRequired(action);
        action.findElement(By.cssSelector("button[type=submit]")).click();
        screenshot("05-after-action");
        assertNoError();
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("after %s, the resource page", actionId).isEqualTo(SCRIPT_TITLE);
        assertThat(browser.getCurrentUrl()).isEqualTo(resource + "?done=acted");
        assertNotice("The action was invoked.");
        assertInert();
        // A refresh reloads the page (a GET), it does not post the action again.
        browser.navigate().refresh();
        assertThat(browser.getCurrentUrl()).isEqualTo(resource + "?done=acted");
        assertNoError();

        // Tag it with a user mixin through the tag form (a partial update, which adds the mixin),
        // then untag it with the mixin's button (a POST with ?_method=DELETE to the mixin's location).
        HttpResponse<String> defined = http.send(HttpRequest.newBuilder(container.base.resolve("-/"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Category: " + TAG_TERM + "; scheme=\""
                        + TAG_SCHEME + "\"; class=\"mixin\"; location=\"/browser-tags/\"\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(200);
        browser.get(resource);
        WebElement tag = browser.findElement(By.cssSelector("form.tag"));
        // A choice among the mixins that apply to the resource's kind, not a typed identifier.
        new Select(tag.findElement(By.cssSelector("select[name=mixin]"))).selectByValue(TAG_SCHEME + TAG_TERM);
        tag.findElement(By.cssSelector("button[type=submit]")).click();
        screenshot("06-after-tag");
        assertNoError();
        assertThat(browser.getCurrentUrl()).isEqualTo(resource + "?done=updated");
        assertNotice("Saved.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SCRIPT_TITLE);
        assertThat(browser.findElement(By.cssSelector("section.categories")).getText()).contains(TAG_SCHEME + TAG_TERM);
        assertThat(plain(resource)).contains("Category: " + TAG_TERM + "; scheme=\"" + TAG_SCHEME + "\"");

        browser.findElement(By.cssSelector("section.categories form.untag button")).click();
        screenshot("07-after-untag");
        assertNoError();
        assertThat(browser.getCurrentUrl()).as("back on the resource's page").isEqualTo(resource + "?done=untagged");
        assertNotice("Untagged.");
        assertThat(plain(resource)).doesNotContain(TAG_SCHEME).contains("Category: compute;");

        // Delete it with the button; the location is gone afterwards.
        browser.get(resource);
        browser.findElement(By.cssSelector("form.delete button")).click();
        screenshot("08-after-delete");
        assertNoError();
        assertThat(browser.getCurrentUrl()).as("on the collection").isEqualTo(collection + "?done=deleted");
        assertNotice("Deleted.");
        HttpResponse<Void> gone = http.send(HttpRequest.newBuilder(java.net.URI.create(resource))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(gone.statusCode()).isEqualTo(404);
    }

    @Test
    void statesAreBadgesAndWhatTheBackendsRefuseIsNotOffered() throws Exception {
        // a compute of its own, so that the listing has an infrastructure state beside the seeded sliver's
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(container.base.resolve("compute/"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Category: compute; scheme=\""
                        + "http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\nX-OCCI-Attribute: occi.core.title=\"badge VM\"\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String vm = created.headers().firstValue("Location").orElseThrow();
        String state = plain(vm).lines().filter(l -> l.startsWith("X-OCCI-Attribute: occi.compute.state="))
                .map(l -> l.substring(l.indexOf('"') + 1, l.lastIndexOf('"'))).findFirst().orElseThrow();

        // the listing: a State column, one badge per row, in words, with a title naming the attribute, and coloured
        browser.get(container.base.resolve("compute/").toString());
        WebElement row = browser.findElements(By.cssSelector("table.entities tbody tr")).stream()
                .filter(r -> r.getText().contains("badge VM")).findFirst().orElseThrow();
        WebElement badge = row.findElement(By.cssSelector("td.states span.state"));
        assertThat(badge.getText()).isEqualTo(state);
        assertThat(badge.getAttribute("title")).startsWith("occi.compute.state: " + state);
        assertThat(badge.getCssValue("background-color")).as("a coloured badge").isNotIn("rgba(0, 0, 0, 0)", "transparent");
        WebElement sliverBadge = browser.findElements(By.cssSelector("table.entities tbody tr")).stream()
                .filter(r -> r.getText().contains("/testbed/sliver/42")).findFirst().orElseThrow()
                .findElement(By.cssSelector("td.states span.state[data-state='occi.compute.state']"));
        assertThat(sliverBadge.getAttribute("title")).contains("CONFINE state");
        screenshot("10-states-in-a-listing");

        // the entity page: the badges under the title
        browser.get(vm);
        assertThat(browser.findElement(By.cssSelector("p.states span.state")).getText()).isEqualTo(state);
        screenshot("11-state-on-an-entity-page");

        // CONFINE nodes are made in the controller: no create form, the reason instead
        browser.get(container.base.resolve("testbed/node/").toString());
        assertThat(browser.findElements(By.cssSelector("form.create"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("section.create .refused")).getText())
                .startsWith("Not created here: only slivers are created through OCCI");
        screenshot("12-node-collection-no-create");

        // a fixed network of the testbed: no delete button
        browser.get(container.base.resolve("testbed/network/private").toString());
        assertThat(browser.findElements(By.cssSelector("form.delete"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("section.delete .refused")).getText()).contains("fixed networks");
        screenshot("13-fixed-network-no-delete");

        // the seeded sliver: no untag of its sliver mixin, but a delete (anonymous on loopback is the testbed's operator)
        browser.get(container.base.resolve("testbed/sliver/42").toString());
        assertThat(browser.findElements(By.cssSelector("section.categories form.untag[action*='/testbed/sliver/']"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("section.categories .refused")).getText()).contains("it keeps mixin sliver");
        assertThat(browser.findElements(By.cssSelector("form.delete button"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("p.states span.state")).getText()).isNotBlank();
        screenshot("14-sliver-no-untag");
    }

    /** The resource in text/plain, as a non-browser client reads it. */
    String plain(String location) throws Exception {
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(java.net.URI.create(location)).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return read.body();
    }

    /** Gives every required control of a form a value the model accepts. */
    static void fillRequired(WebElement form) {
        for (WebElement control : form.findElements(By.cssSelector("input[required], select[required]"))) {
            if (control.getTagName().equals("select")) {
                Select select = new Select(control);
                select.selectByIndex(1); // the first real value; index 0 is the empty choice
            } else if ("number".equals(control.getAttribute("type"))) {
                control.clear();
                control.sendKeys("1");
            } else if (control.getAttribute("value") == null || control.getAttribute("value").isEmpty()) {
                control.sendKeys("browser-test");
            }
        }
    }

    /** The one-time message the page after a form post shows. */
    static void assertNotice(String text) {
        assertThat(browser.findElement(By.cssSelector("p.message.notice")).getText()).isEqualTo(text);
    }

    static void assertNoError() {
        List<WebElement> errors = browser.findElements(By.cssSelector("p.message.error"));
        assertThat(errors).as("error page: %s", errors.isEmpty() ? "" : errors.get(0).getText()).isEmpty();
    }

    /** The script in the title is text on the page: no script element, nothing ran. */
    static void assertInert() {
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.executeScript("return window.occiInjected === undefined")).isEqualTo(true);
    }

    static void screenshot(String name) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
