package org.clippings.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.clippings.render.view.LinkView;
import org.clippings.render.view.PageModel;
import org.junit.jupiter.api.Test;

/** What {@code serve} keeps between builds is used only for the inputs it was made from. */
class RenderMemoryTest {

  @Test
  void aPageFingerprintIsKeptOnlyForEqualInputsThroughTheSameTemplates() {
    var memory = RenderMemory.kept();
    var computed = new AtomicInteger();
    memory.begin("key");
    var view = List.of(new LinkView("Ann Lee", "people/ann-lee/index.html", 3));
    assertEquals("fp1", memory.fingerprint("a.html", view, "t1", () -> "fp" + computed.incrementAndGet()));
    memory.end();

    memory.begin("key");
    // an equal view made afresh, as the next build makes it
    var same = List.of(new LinkView("Ann " + "Lee", "people/ann-lee/index.html", 3));
    assertEquals("fp1", memory.fingerprint("a.html", same, "t1", () -> "fp" + computed.incrementAndGet()));
    assertEquals(1, computed.get());
    var other = List.of(new LinkView("Ann Lee", "people/ann-lee/index.html", 4));
    assertEquals("fp2", memory.fingerprint("a.html", other, "t1", () -> "fp" + computed.incrementAndGet()));
    assertEquals("fp3", memory.fingerprint("a.html", other, "t2", () -> "fp" + computed.incrementAndGet()));
    memory.end();

    memory.begin("another extraction key");
    assertEquals("fp4", memory.fingerprint("a.html", other, "t2", () -> "fp" + computed.incrementAndGet()));
  }

  @Test
  void withoutKeepingEveryFingerprintIsComputed() {
    var computed = new AtomicInteger();
    RenderMemory.NONE.begin("key");
    RenderMemory.NONE.fingerprint("a.html", List.of(), "t", () -> "" + computed.incrementAndGet());
    RenderMemory.NONE.fingerprint("a.html", List.of(), "t", () -> "" + computed.incrementAndGet());
    assertEquals(2, computed.get());
  }

  /**
   * Kept fingerprints rest on equal views having equal text ({@link ViewText}). That holds for
   * records of strings, numbers and lists; a map or set could be equal to another that iterates,
   * and so renders, in another order, and an array compares by identity.
   */
  @Test
  void everyViewIsMadeOfStringsNumbersListsAndRecords() throws IOException, URISyntaxException {
    Path dir = Path.of(PageModel.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("org/clippings/render/view");
    var views = new ArrayList<Class<?>>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = f.getFileName().toString().replace(".class", "");
        Class<?> c = Class.forName("org.clippings.render.view." + name);
        if (c.isRecord()) views.add(c);
      }
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    assertTrue(views.size() >= 20, "found the view records: " + views);
    for (Class<?> v : views) {
      for (RecordComponent c : v.getRecordComponents()) {
        assertTrue(comparable(c.getGenericType()), v.getSimpleName() + "." + c.getName() + " is " + c.getGenericType());
      }
    }
  }

  private static boolean comparable(Type t) {
    if (t instanceof ParameterizedType p) {
      return p.getRawType() == List.class && comparable(p.getActualTypeArguments()[0]);
    }
    if (!(t instanceof Class<?> c)) return false;
    return c == String.class || c == int.class || c == long.class || c == boolean.class || c == Integer.class
        || c.isRecord() || c.isEnum();
  }
}
