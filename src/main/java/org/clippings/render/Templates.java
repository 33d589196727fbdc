package org.clippings.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.clippings.diag.Problem;
import org.clippings.diag.SourcePos;

/**
 * The one FreeMarker configuration of a build, set up once and never changed afterwards (so it is
 * safe to share across threads). A user's {@code templates/} folder wins over the built-in
 * templates by name. {@code .ftlh} files auto-escape HTML, {@code .ftlx} files XML.
 */
public final class Templates {

  static final String BUILTIN = "/org/clippings/templates";

  private final Configuration cfg;
  /** One writer per rendering thread, reused: a fresh 32 KB buffer per page was a sixth of what a build allocated. */
  private static final ThreadLocal<Utf8Writer> WRITERS = ThreadLocal.withInitial(Utf8Writer::new);

  public Templates(Path userTemplates) {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    var loaders = new ArrayList<TemplateLoader>();
    if (userTemplates != null && Files.isDirectory(userTemplates)) {
      try {
        loaders.add(new FileTemplateLoader(userTemplates.toFile()));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read templates folder " + userTemplates + ": " + e.getMessage(), e);
      }
    }
    loaders.add(new ClassTemplateLoader(Templates.class, BUILTIN));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    cfg.setRecognizeStandardFileExtensions(true);
    var html = new freemarker.core.TemplateConfiguration();
    // for these the file extension would win over the output format set here
    html.setRecognizeStandardFileExtensions(false);
    html.setOutputFormat(Utf8HtmlFormat.INSTANCE);
    cfg.setTemplateConfigurations(new freemarker.cache.ConditionalTemplateConfigurationFactory(
        new freemarker.cache.FileExtensionMatcher("ftlh"), html));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("c");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new ViewWrapper());
  }

  /** Renders {@code name} with {@code model} exposed as the given variable names. */
  public byte[] render(String name, Map<String, Object> model) {
    Template t = template(name);
    // FreeMarker writes a page in hundreds of small pieces: encode each straight into one byte
    // buffer, rather than gathering text (which one "→" turns into UTF-16) and copying it twice more
    var w = WRITERS.get().reset();
    try {
      t.process(model, w);
    } catch (TemplateException e) {
      String blamed = e.getBlamedExpressionString();
      String msg = e.getMessageWithoutStackTop().lines().findFirst().orElse("template error");
      int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
      int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
      String file = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
      throw new TemplateProblemException(Problem.error(new SourcePos("templates/" + file, line, col), "template",
          msg + (blamed == null ? "" : " (expression: " + blamed + ")"),
          "fix the template, or delete it from templates/ to use the built-in one"), e);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render " + name, e);
    }
    return w.bytes();
  }

  /** Parses a template once (FreeMarker caches it); a syntax error fails the build. */
  public Template template(String name) {
    try {
      return cfg.getTemplate(name);
    } catch (ParseException e) {
      throw new TemplateProblemException(Problem.error(
          new SourcePos("templates/" + (e.getTemplateName() == null ? name : e.getTemplateName()),
              e.getLineNumber(), e.getColumnNumber()),
          "template", e.getEditorMessage(), "fix the template syntax"), e);
    } catch (IOException e) {
      throw new TemplateProblemException(Problem.error(new SourcePos("templates/" + name, 0, 0), "template",
          "template not found or unreadable: " + e.getMessage(),
          "restore templates/" + name + " or delete the templates folder to use the built-in ones"), e);
    }
  }

  /** A static asset (CSS, JS): the user's copy in {@code templates/assets/} if any, else the built-in one. */
  public static byte[] asset(Path userTemplates, String name) throws IOException {
    if (userTemplates != null) {
      Path p = userTemplates.resolve("assets").resolve(name);
      if (Files.isRegularFile(p)) return Files.readAllBytes(p);
    }
    try (var in = Templates.class.getResourceAsStream(BUILTIN + "/assets/" + name)) {
      if (in == null) throw new IOException("missing built-in asset " + name);
      return in.readAllBytes();
    }
  }

  /**
   * A digest of every file in the user's templates folder ("" when there is none): what templated
   * output depends on besides the built-in templates, which come with the tool.
   */
  public static String digest(Path userTemplates) {
    if (userTemplates == null || !Files.isDirectory(userTemplates)) return "";
    try (var files = Files.walk(userTemplates)) {
      var sb = new StringBuilder();
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        sb.append(userTemplates.relativize(p)).append(':').append(Fingerprints.of(Files.readAllBytes(p))).append('\n');
      }
      return Fingerprints.of(sb.toString());
    } catch (IOException e) {
      return "unreadable:" + System.nanoTime();
    }
  }

  static List<String> assetNames() {
    return List.of("style.css", "search.js");
  }
}
