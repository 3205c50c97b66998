package dev.vorzimmer.ui.calls;

import dev.vorzimmer.app.view.Stores;
import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.store.CallBacks;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the call log as rows (off the EDT): contact names and photos from one contact query,
 * messages from one query, numbers described offline, the block list asked per number.
 */
public final class CallRows {
  static final int LIMIT = 500;
  private static final int PHOTO_PX = 64;
  private static final Logger log = LoggerFactory.getLogger(CallRows.class);

  private CallRows() {}

  /** The rows and the open call-back entries, read together. */
  record Loaded(List<CallRow> rows, List<CallBacks.Entry> callBacks) {}

  static Loaded load(UiContext ctx) {
    Stores store = ctx.store();
    CallRow.Lookup lookup = lookup(ctx);
    List<CallRow> rows =
        store.callLog().recentCalls(LIMIT).stream()
            .map(e -> CallRow.of(e, lookup, ctx.texts(), ctx.zone()))
            .toList();
    return new Loaded(rows, store.callBacks().open(Instant.now()));
  }

  /** Contact names and photos, messages, block list and offline number descriptions, as of now. */
  public static CallRow.Lookup lookup(UiContext ctx) {
    Map<String, String> names = new HashMap<>();
    Map<String, BufferedImage> photos = new HashMap<>();
    for (Contact c : ctx.store().contactBook().list()) {
      Optional<BufferedImage> photo = c.photo().flatMap(CallRows::decode);
      c.numbers().forEach(n -> names.putIfAbsent(n, c.name()));
      photo.ifPresent(p -> c.numbers().forEach(n -> photos.putIfAbsent(n, p)));
    }
    Map<Long, MessageEntry> messages = new HashMap<>();
    ctx.store().messages().list().forEach(m -> messages.put(m.id(), m));
    Instant now = Instant.now();
    return new CallRow.Lookup() {
      @Override
      public Optional<String> contactName(String e164) {
        return Optional.ofNullable(names.get(e164));
      }

      @Override
      public CallerInfo describe(String rawNumber) {
        return ctx.phone()
            .callers()
            .describe(rawNumber)
            .withPlaces(ctx.phone().callers().places(), ctx.texts().locale());
      }

      @Override
      public Optional<MessageEntry> message(long id) {
        return Optional.ofNullable(messages.get(id));
      }

      @Override
      public boolean blocked(String e164) {
        return ctx.store().lists().match(e164, ListKind.BLOCK, now).isPresent();
      }

      @Override
      public Optional<BufferedImage> photo(String e164) {
        return Optional.ofNullable(photos.get(e164));
      }
    };
  }

  private static Optional<BufferedImage> decode(byte[] bytes) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
      if (img == null) {
        return Optional.empty();
      }
      BufferedImage small = new BufferedImage(PHOTO_PX, PHOTO_PX, BufferedImage.TYPE_INT_ARGB);
      small
          .createGraphics()
          .drawImage(img.getScaledInstance(PHOTO_PX, PHOTO_PX, Image.SCALE_SMOOTH), 0, 0, null);
      return Optional.of(small);
    } catch (IOException e) {
      log.warn("a contact photo could not be read: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
