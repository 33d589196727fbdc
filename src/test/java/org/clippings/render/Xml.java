package org.clippings.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Strict, namespace-aware XML parsing for feed and sitemap tests: a parse error fails the test. */
final class Xml {

  private Xml() {}

  static Document parse(Path file) {
    try {
      var f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(file.toFile());
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException(e);
    } catch (SAXException e) {
      throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** The element children of {@code parent} with this namespace and local name. */
  static List<Element> children(Element parent, String ns, String name) {
    var out = new ArrayList<Element>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) out.add(e);
    }
    return out;
  }

  /** The text of the only such child, failing when there is not exactly one. */
  static String only(Element parent, String ns, String name) {
    List<Element> found = children(parent, ns, name);
    if (found.size() != 1) {
      throw new AssertionError("<" + parent.getLocalName() + "> should have one <" + name + ">, has " + found.size());
    }
    return found.get(0).getTextContent().strip();
  }
}
