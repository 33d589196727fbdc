package org.clippings.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {

  @TempDir Path tmp;

  private Path site(String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve(SitePublisher.MARKER), "marker");
    return dir;
  }

  @Test
  void aListIsTakenOutOfTheStoreBeforeItsFolderIsWrittenInto() throws IOException {
    Path cache = tmp.resolve("cache");
    Path current = site("public");
    Path previous = site(".public.previous");
    SiteFiles.in(cache).remember(previous, List.of("index.html", "a/b.html"), current);
    SiteFiles.in(cache).remember(current, List.of("index.html", "c.html"), previous);

    assertEquals(Optional.of(List.of("index.html", "a/b.html")), SiteFiles.in(cache).take(previous));
    // a build killed while writing into it finds no list for it, and walks it instead
    assertEquals(Optional.empty(), SiteFiles.in(cache).take(previous));
    assertEquals(Optional.of(List.of("index.html", "c.html")), SiteFiles.in(cache).take(current));
  }

  @Test
  void onlyTheTwoKeptSitesAreRemembered() throws IOException {
    Path cache = tmp.resolve("cache");
    Path a = site("a");
    Path b = site("b");
    Path c = site("c");
    SiteFiles.in(cache).remember(a, List.of("a.html"), c);
    SiteFiles.in(cache).remember(b, List.of("b.html"), a);
    SiteFiles.in(cache).remember(c, List.of("c.html"), b);
    assertEquals(Optional.empty(), SiteFiles.in(cache).take(a));
    assertEquals(Optional.of(List.of("b.html")), SiteFiles.in(cache).take(b));
    assertEquals(Optional.of(List.of("c.html")), SiteFiles.in(cache).take(c));
  }

  @Test
  void aFolderIsNotRecognisedOnceItsMarkerIsAnotherFile() throws IOException {
    Path cache = tmp.resolve("cache");
    Path current = site("public");
    SiteFiles.in(cache).remember(current, List.of("index.html"), tmp.resolve("none"));
    Path marker = current.resolve(SitePublisher.MARKER);
    // written beside it first, so the new marker cannot reuse the old one's inode
    Path other = Files.writeString(current.resolve("marker.tmp"), "marker");
    Files.move(other, marker, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(Optional.empty(), SiteFiles.in(cache).take(current));
  }

  @Test
  void aDamagedStoreKnowsNoFolder() throws IOException {
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    Path current = site("public");
    SiteFiles.in(cache).remember(current, List.of("index.html"), tmp.resolve("none"));
    byte[] bytes = Files.readAllBytes(cache.resolve(SiteFiles.FILE));
    Files.write(cache.resolve(SiteFiles.FILE), java.util.Arrays.copyOf(bytes, bytes.length - 3));
    assertEquals(Optional.empty(), SiteFiles.in(cache).take(current));
  }
}
