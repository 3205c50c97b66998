package dev.vorzimmer.app.carddav;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VCardTextTest {
  @Test
  void foldedLinesGroupsTelUrisAndDataUriPhotos() {
    String v4 =
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dr. Anna\r\n  Roth\\, MD\r\n"
            + "item1.TEL;VALUE=uri;TYPE=cell:tel:+49-171-2345678;ext=1\r\n"
            + "TEL:030 1234567\r\nPHOTO:data:image/png;base64,iVBO\r\n Rw==\r\nEND:VCARD\r\n";

    VCardText.Card c = VCardText.parse(v4, 100);

    assertThat(c.name()).isEqualTo("Dr. Anna Roth, MD");
    assertThat(c.numbers()).containsExactly("+49-171-2345678", "030 1234567");
    assertThat(c.photo())
        .hasValueSatisfying(
            p -> assertThat(p).containsExactly((byte) 0x89, (byte) 0x50, (byte) 0x4E, (byte) 0x47));
    assertThat(c.photoTooBig()).isFalse();
  }

  @Test
  void aPhotoAboveTheCapAndAPhotoUrlAreNotKept() {
    String big = "FN:X\nPHOTO;ENCODING=b:AAAAAAAA\n";
    String url = "FN:Y\nPHOTO;VALUE=uri:http://198.51.100.1/x.jpg\n";

    assertThat(VCardText.parse(big, 5).photoTooBig()).isTrue();
    assertThat(VCardText.parse(big, 5).photo()).isEmpty();
    assertThat(VCardText.parse(url, 5).photo()).isEmpty();
    assertThat(VCardText.parse(url, 5).photoTooBig()).isFalse();
  }
}
