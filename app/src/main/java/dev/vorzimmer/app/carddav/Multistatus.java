package dev.vorzimmer.app.carddav;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A WebDAV {@code multistatus} answer, read with DTDs and external entities switched off. */
final class Multistatus {
  private static final String DAV = "DAV:";
  private static final String CS = "http://calendarserver.org/ns/";
  private static final String CARD = "urn:ietf:params:xml:ns:carddav";

  private final Document doc;

  private Multistatus(Document doc) {
    this.doc = doc;
  }

  static Multistatus parse(byte[] body) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return new Multistatus(f.newDocumentBuilder().parse(new ByteArrayInputStream(body)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new CardDavException("the server's answer is not WebDAV XML: " + e.getMessage());
    }
  }

  Optional<String> ctag() {
    NodeList n = doc.getElementsByTagNameNS(CS, "getctag");
    for (int i = 0; i < n.getLength(); i++) {
      String v = n.item(i).getTextContent().strip();
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** href → ETag of every non-collection response other than {@code bookPath} itself. */
  Map<String, String> etags(String bookPath) {
    Map<String, String> out = new LinkedHashMap<>();
    NodeList rs = doc.getElementsByTagNameNS(DAV, "response");
    for (int i = 0; i < rs.getLength(); i++) {
      Element r = (Element) rs.item(i);
      String href = text(r, DAV, "href");
      boolean collection = r.getElementsByTagNameNS(DAV, "collection").getLength() > 0;
      String etag = text(r, DAV, "getetag");
      if (!collection && !etag.isEmpty() && !href.equals(bookPath)) {
        out.put(href, etag);
      }
    }
    return out;
  }

  /** href → vCard text of every response carrying address-data. */
  Map<String, String> cards() {
    Map<String, String> out = new LinkedHashMap<>();
    NodeList rs = doc.getElementsByTagNameNS(DAV, "response");
    for (int i = 0; i < rs.getLength(); i++) {
      Element r = (Element) rs.item(i);
      String data = text(r, CARD, "address-data");
      if (!data.isEmpty()) {
        out.put(text(r, DAV, "href"), data);
      }
    }
    return out;
  }

  private static String text(Element parent, String ns, String name) {
    NodeList n = parent.getElementsByTagNameNS(ns, name);
    return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
