package dev.vorzimmer.sip.internal.jainsip;

import gov.nist.javax.sip.header.HeaderExt;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import javax.sip.header.Header;
import javax.sip.message.Message;

/** Reads header values as text, whatever class the stack parsed them into. */
final class Headers {

    private Headers() {
    }

    /** The values of every header named {@code name}, without the name, in message order. */
    static List<String> values(Message message, String name) {
        List<String> values = new ArrayList<>();
        ListIterator<?> headers = message.getHeaders(name);
        while (headers != null && headers.hasNext()) {
            Header header = (Header) headers.next();
            values.add(valueOf(header));
        }
        return values;
    }

    private static String valueOf(Header header) {
        if (header instanceof HeaderExt ext) {
            return ext.getValue();
        }
        String text = header.toString().strip();
        int colon = text.indexOf(':');
        return colon < 0 ? text : text.substring(colon + 1).strip();
    }
}
