package dev.vorzimmer.screening.internal.io;

import dev.vorzimmer.screening.Contact;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a FRITZ!Box phonebook ("Telefonbuch sichern"): {@code <phonebooks><phonebook><contact>}
 * with {@code <category>} (1 = VIP, becomes a favourite), {@code <person><realName>} and {@code
 * <telephony><number type="…">}. A file whose bytes do not match its declared encoding is read as
 * ISO-8859-1 and the mismatch reported; contacts without a usable number are reported with their
 * line and skipped.
 */
public final class FritzBoxXmlReader {
  private static final Pattern DECLARED =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  private final String fileName;
  private final Function<String, Optional<String>> normaliser;
  private final List<Contact> contacts = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private int skipped;

  private FritzBoxXmlReader(String fileName, Function<String, Optional<String>> normaliser) {
    this.fileName = fileName;
    this.normaliser = normaliser;
  }

  /**
   * Reads all contacts of all phonebooks in {@code data}.
   *
   * @throws IOException if the file is not a well-formed FRITZ!Box phonebook at all
   */
  public static VCardContacts.ReadResult read(
      byte[] data, String fileName, Function<String, Optional<String>> normaliser)
      throws IOException {
    FritzBoxXmlReader r = new FritzBoxXmlReader(fileName, normaliser);
    String text = r.decode(data);
    try {
      r.parse(text);
    } catch (XMLStreamException e) {
      throw new IOException(fileName + ": not a FRITZ!Box phonebook: " + e.getMessage(), e);
    }
    return new VCardContacts.ReadResult(r.contacts, r.skipped, r.problems);
  }

  private String decode(byte[] data) {
    String head = new String(data, 0, Math.min(data.length, 200), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head.startsWith("\uFEFF") ? head.substring(1) : head);
    String declared = m.find() ? m.group(1) : "UTF-8";
    Charset charset;
    try {
      charset = Charset.forName(declared);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      problems.add(fileName + ": unknown encoding '" + declared + "' declared, read as ISO-8859-1");
      return new String(data, StandardCharsets.ISO_8859_1);
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(
          fileName
              + ": declared "
              + declared
              + " but the bytes are not "
              + declared
              + "; read as ISO-8859-1 (check umlauts in the names)");
      return new String(data, StandardCharsets.ISO_8859_1);
    }
  }

  private void parse(String text) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader x = f.createXMLStreamReader(new StringReader(stripBom(text)));
    try {
      boolean sawRoot = false;
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT) {
          if (!sawRoot && !x.getLocalName().equals("phonebooks")) {
            throw new XMLStreamException("root element is <" + x.getLocalName() + ">");
          }
          sawRoot = true;
          if (x.getLocalName().equals("contact")) {
            contact(x);
          }
        }
      }
    } finally {
      x.close();
    }
  }

  /** Reads one {@code <contact>} up to its end tag. */
  private void contact(XMLStreamReader x) throws XMLStreamException {
    int line = x.getLocation().getLineNumber();
    String name = "";
    boolean vip = false;
    Set<String> numbers = new LinkedHashSet<>();
    List<String> bad = new ArrayList<>();
    int depth = 1;
    while (depth > 0) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "realName" -> name = x.getElementText().strip();
          case "category" -> vip = x.getElementText().strip().equals("1");
          case "number" -> number(x, numbers, bad);
          default -> depth++;
        }
      }
    }
    String where = fileName + ":" + line + ": contact '" + (name.isEmpty() ? "(no name)" : name);
    bad.forEach(b -> problems.add(where + "': " + b));
    if (numbers.isEmpty()) {
      skipped++;
      problems.add(where + "': no usable phone number, contact skipped");
      return;
    }
    String shown = name.isEmpty() ? numbers.iterator().next() : name;
    contacts.add(new Contact(0, shown, List.copyOf(numbers), Optional.empty(), vip));
  }

  private void number(XMLStreamReader x, Set<String> numbers, List<String> bad)
      throws XMLStreamException {
    int line = x.getLocation().getLineNumber();
    String raw = x.getElementText().strip();
    if (raw.isEmpty()) {
      return;
    }
    Optional<String> e164 = Numbers.normalise(raw, normaliser);
    e164.ifPresentOrElse(
        numbers::add,
        () -> bad.add("line " + line + ": '" + raw + "' is not a usable phone number, ignored"));
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
