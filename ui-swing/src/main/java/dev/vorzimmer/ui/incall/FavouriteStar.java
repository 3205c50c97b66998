package dev.vorzimmer.ui.incall;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.UiContext;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JToggleButton;

/** A star that makes a contact a favourite (or not), stored in the background. EDT only. */
final class FavouriteStar {
  private FavouriteStar() {}

  static JToggleButton of(UiContext ctx, Contact contact) {
    AtomicReference<Contact> current = new AtomicReference<>(contact);
    JToggleButton star = new JToggleButton(Icons.get("star-off", 20), contact.favourite());
    star.setSelectedIcon(Icons.get("star", 20));
    star.setName("incoming.favourite");
    star.putClientProperty("JButton.buttonType", "toolBarButton");
    star.setToolTipText(ctx.texts().get("incoming.favouriteTip"));
    star.setFocusable(false); // Enter stays with Answer
    star.addActionListener(
        e -> {
          Contact c = current.get();
          Contact next = new Contact(c.id(), c.name(), c.numbers(), c.photo(), star.isSelected());
          current.set(next);
          ctx.work()
              .run(
                  "marking " + c.name() + " as favourite",
                  () -> ctx.store().contactBook().update(next),
                  () -> ctx.probe().changed(),
                  ex -> ctx.showError(star, ex));
        });
    return star;
  }
}
