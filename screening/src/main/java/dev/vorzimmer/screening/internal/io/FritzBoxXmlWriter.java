package dev.vorzimmer.screening.internal.io;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import dev.vorzimmer.screening.Contact;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes contacts as a FRITZ!Box phonebook in UTF-8, the format its "Telefonbuch wiederherstellen"
 * reads: favourites get category 1 (VIP), mobile numbers type {@code mobile}, all others {@code
 * home}. Photos are not written (the box keeps them as files of its own).
 */
public final class FritzBoxXmlWriter {
  private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();

  private FritzBoxXmlWriter() {}

  /** Writes one phonebook named {@code bookName} holding {@code contacts}. */
  public static void write(List<Contact> contacts, String bookName, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("utf-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("phonebooks");
      x.writeStartElement("phonebook");
      x.writeAttribute("name", bookName);
      int uid = 1;
      for (Contact c : contacts) {
        contact(x, c, uid++);
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("writing the FRITZ!Box phonebook failed: " + e.getMessage(), e);
    }
  }

  private static void contact(XMLStreamWriter x, Contact c, int uid) throws XMLStreamException {
    x.writeCharacters("\n");
    x.writeStartElement("contact");
    element(x, "category", c.favourite() ? "1" : "0");
    x.writeStartElement("person");
    element(x, "realName", c.name());
    x.writeEndElement();
    x.writeStartElement("telephony");
    x.writeAttribute("nid", Integer.toString(c.numbers().size()));
    for (int i = 0; i < c.numbers().size(); i++) {
      String n = c.numbers().get(i);
      x.writeStartElement("number");
      x.writeAttribute("type", typeOf(n));
      x.writeAttribute("prio", i == 0 ? "1" : "0");
      x.writeAttribute("id", Integer.toString(i));
      x.writeCharacters(n);
      x.writeEndElement();
    }
    x.writeEndElement();
    element(x, "uniqueid", Integer.toString(uid));
    x.writeEndElement();
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static String typeOf(String e164) {
    try {
      PhoneNumberType t = PHONE.getNumberType(PHONE.parse(e164, "ZZ"));
      return t == PhoneNumberType.MOBILE ? "mobile" : "home";
    } catch (NumberParseException e) {
      return "home";
    }
  }
}
