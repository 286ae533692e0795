package dev.corpuskit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The browser helper's guards, tried on stand-ins for the browser: a hung browser is killed and the
 * test fails saying so, a failing one fails the test with its log, and the flags that keep it off the
 * network and out of the user's profile are passed.
 */
class HeadlessChromiumTest {

  @TempDir Path tmp;

  private Path script(String body) throws IOException {
    Path script = tmp.resolve("fake-chromium");
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  @Test
  void aHungBrowserIsKilledAndTheTestFailsSayingSo() throws IOException {
    Path marker = tmp.resolve("still-running");
    HeadlessChromium hung = new HeadlessChromium(
        script("echo starting >&2\nsleep 60\ntouch " + marker), tmp.resolve("work"), 1);

    assertThatThrownBy(() -> hung.dumpDom(tmp.resolve("page.html")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("did not finish within 1 s and was killed")
        .hasMessageContaining("starting");
    assertThat(marker).doesNotExist();
  }

  @Test
  void aFailingBrowserFailsTheTestWithItsLog() throws IOException {
    HeadlessChromium failing = new HeadlessChromium(script("echo 'cannot open display' >&2\nexit 3"),
        tmp.resolve("work"), 30);

    assertThatThrownBy(() -> failing.dumpDom(tmp.resolve("page.html")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("exited with 3").hasMessageContaining("cannot open display");
  }

  @Test
  void passesTheHeadlessFlagsAFreshProfileAndThePageAndReturnsWhatItPrints() throws IOException {
    HeadlessChromium echo = new HeadlessChromium(script("for a in \"$@\"; do echo \"$a\"; done"),
        tmp.resolve("work"), 30);
    Path page = tmp.resolve("page.html");

    List<String> arguments = echo.dumpDom(page).lines().toList();

    assertThat(arguments).contains("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--dump-dom");
    assertThat(arguments).last().isEqualTo(page.toUri().toString());
    assertThat(arguments).filteredOn(a -> a.startsWith("--user-data-dir=")).singleElement()
        .satisfies(a -> assertThat(a).startsWith("--user-data-dir=" + tmp.resolve("work")));
  }

  @Test
  void aMissingBrowserFailsTheTestUnderCi() {
    Path missing = tmp.resolve("no-chromium");

    assertThatThrownBy(() -> HeadlessChromium.require(missing, "true", tmp.resolve("work")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(missing.toString()).hasMessageContaining("CI=true").hasMessageContaining("apt-get");
  }

  @Test
  void aMissingBrowserSkipsTheTestOutsideCi() {
    Path missing = tmp.resolve("no-chromium");

    for (String ci : new String[] {null, ""}) {
      assertThatThrownBy(() -> HeadlessChromium.require(missing, ci, tmp.resolve("work")))
          .isInstanceOf(TestAbortedException.class)
          .hasMessageContaining("Skipped: no Chromium at " + missing);
    }
  }

  @Test
  void aPresentBrowserIsUsedUnderCiOrNot() throws IOException {
    Path present = script("echo '<html></html>'");

    assertThat(HeadlessChromium.require(present, "true", tmp.resolve("work")).dumpDom(tmp.resolve("p.html")))
        .isEqualTo("<html></html>\n");
    assertThat(HeadlessChromium.require(present, null, tmp.resolve("work"))).isNotNull();
  }

  @Test
  void aScreenshotThatIsNotWrittenFailsTheTest() throws IOException {
    HeadlessChromium blind = new HeadlessChromium(script("exit 0"), tmp.resolve("work"), 30);

    assertThatThrownBy(() -> blind.screenshot(tmp.resolve("page.html"), tmp.resolve("shots/page.png")))
        .isInstanceOf(AssertionFailedError.class).hasMessageContaining("without writing the screenshot");
  }
}
