package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JCheckBox;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

class UnsavedTest {
  private final List<Boolean> marks = new ArrayList<>();
  private final AtomicInteger edits = new AtomicInteger();
  private final JTextField user = new JTextField();
  private final JSpinner ring = new JSpinner();
  private final JCheckBox busy = new JCheckBox();
  private final Unsaved unsaved =
      new Unsaved(marks::add, edits::incrementAndGet).watch(user, ring, busy);

  @Test
  void fillingTheFieldsFromTheFileIsNoEdit() {
    unsaved.load(
        () -> {
          user.setText("alice");
          ring.setValue(25);
          busy.setSelected(true);
        });
    assertThat(unsaved.isUnsaved()).isFalse();
    assertThat(edits).hasValue(0);
    assertThat(marks).isEmpty();
  }

  @Test
  void anEditMarksThePageOnceAndSavingClearsIt() {
    user.setText("bob");
    ring.setValue(40);
    assertThat(unsaved.isUnsaved()).isTrue();
    assertThat(edits.get()).as("each edit is told (to clear old results)").isGreaterThan(1);
    unsaved.clear();
    assertThat(marks).containsExactly(true, false);
    busy.setSelected(true);
    assertThat(marks).containsExactly(true, false, true);
  }
}
