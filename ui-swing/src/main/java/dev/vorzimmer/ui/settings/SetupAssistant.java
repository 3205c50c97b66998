package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.ConfigEditor;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.ScrollPage;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WindowPlacement;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JTextArea;

/**
 * The first-run assistant: an account (with provider presets), a test registration, then where to
 * put a greeting and import contacts. Shown once while there is no account; finishing it or
 * choosing "use as a local line" marks it done for good. EDT only; all work runs in the background.
 */
public final class SetupAssistant {
  /** The window.properties flag set once the assistant was finished or skipped. */
  public static final String DONE = "setup.done";

  /** Where the last step leads. */
  public interface Next {
    /** The account was written and the line switched. */
    void accountSaved();

    void greetings();

    void contacts();
  }

  private final UiContext ctx;
  private final WindowPlacement placement;
  private final Next next;
  private final JDialog dialog;
  private final CardLayout cards = new CardLayout();
  private final JPanel steps = new JPanel(cards);
  private final SetupAccountStep account;
  private final JTextArea testResult = FormGrid.note("setup.testResult");
  private final JButton back;
  private final JButton forward;
  private final JButton skip;
  private int step;
  private boolean tested;

  private SetupAssistant(UiContext ctx, Window owner, WindowPlacement placement, Next next) {
    this.ctx = ctx;
    this.placement = placement;
    this.next = next;
    Texts t = ctx.texts();
    back = button("setup.back");
    forward = button("setup.next");
    skip = button("setup.skip");
    dialog = new JDialog(owner, t.get("setup.title"), Dialog.ModalityType.MODELESS);
    dialog.setName("setup");
    account = new SetupAccountStep(t);
    steps.add(account.component(), "0");
    steps.add(testStep(t), "1");
    steps.add(moreStep(t), "2");
    dialog.getContentPane().add(new ScrollPage(steps).component(), BorderLayout.CENTER);
    dialog.getContentPane().add(buttons(), BorderLayout.SOUTH);
    dialog.getRootPane().setDefaultButton(forward);
    back.addActionListener(e -> show(step - 1));
    forward.addActionListener(e -> forward());
    skip.addActionListener(e -> finish());
    show(0);
  }

  /** Whether the assistant is still due: never finished or skipped (and no account yet). */
  public static boolean due(WindowPlacement placement) {
    return !placement.flag(DONE, false);
  }

  /** Opens the assistant over {@code owner}; returns its dialog. */
  public static JDialog open(UiContext ctx, Window owner, WindowPlacement placement, Next next) {
    SetupAssistant a = new SetupAssistant(ctx, owner, placement, next);
    a.fit();
    a.dialog.setLocationRelativeTo(owner);
    a.dialog.setVisible(true);
    a.account.focus();
    ctx.probe().changed();
    return a.dialog;
  }

  private JPanel testStep(Texts t) {
    FormGrid grid = new FormGrid(t.get("setup.testTitle"));
    grid.span(testResult);
    return grid.panel();
  }

  private JPanel moreStep(Texts t) {
    FormGrid grid = new FormGrid(t.get("setup.moreTitle"));
    JTextArea text = FormGrid.note("setup.moreText");
    text.setText(t.get("setup.moreText"));
    grid.span(text);
    JButton greetings = button("setup.greetings");
    greetings.addActionListener(e -> closeThen(next::greetings));
    JButton contacts = button("setup.contacts");
    contacts.addActionListener(e -> closeThen(next::contacts));
    grid.buttons(greetings, contacts);
    return grid.panel();
  }

  private JPanel buttons() {
    JPanel bar = new JPanel(new BorderLayout());
    bar.setBorder(BorderFactory.createEmptyBorder(8, 16, 12, 16));
    JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
    right.add(back);
    right.add(forward);
    bar.add(skip, BorderLayout.WEST);
    bar.add(right, BorderLayout.EAST);
    return bar;
  }

  private void show(int index) {
    step = index;
    cards.show(steps, Integer.toString(index));
    back.setVisible(index == 1);
    skip.setVisible(index == 0);
    forward.setText(ctx.texts().get(index == 2 ? "setup.finish" : "setup.next"));
    forward.setEnabled(index != 1 || tested);
    if (index == 1) {
      test();
    }
    ctx.probe().changed();
  }

  /**
   * Sizes the dialog to its content (twice: wrapped notes know their height only then), with room
   * for problem lines; a step that still needs more scrolls.
   */
  private void fit() {
    dialog.pack();
    dialog.pack();
    Dimension packed = dialog.getSize();
    dialog.setSize(Math.max(packed.width, 600), packed.height + 60);
  }

  private void forward() {
    if (step == 0) {
      if (account.check(ctx.texts())) {
        show(1);
      } else {
        fit();
      }
    } else if (step == 1) {
      saveAccount();
    } else {
      finish();
    }
  }

  private void test() {
    tested = false;
    AccountForm form = account.form();
    FormGrid.result(testResult, ctx.texts().get("account.testing"), false);
    ctx.work()
        .querySlow(
            "testing registration",
            () -> AccountTrial.run(form, loadConfig().listenHost(), 300, ctx.texts()),
            v -> {
              FormGrid.result(testResult, v.text(), !v.ok());
              tested = v.ok();
              forward.setText(ctx.texts().get("setup.save"));
              forward.setEnabled(v.ok());
              ctx.probe().changed();
            },
            e -> FormGrid.result(testResult, ctx.texts().get("error.text", e.getMessage()), true));
  }

  private void saveAccount() {
    AccountForm form = account.form();
    forward.setEnabled(false);
    ctx.work()
        .query(
            "saving the account",
            () -> write(form),
            config -> {
              next.accountSaved();
              show(2);
            },
            e -> {
              FormGrid.result(
                  testResult, ctx.texts().get("account.notSaved", e.getMessage()), true);
              forward.setEnabled(true);
            });
  }

  /** Writes the account and switches the running line; off the EDT. */
  private AppConfig write(AccountForm form) {
    try {
      AppConfig written =
          new ConfigEditor(ctx.home().configFile()).set("account", form.configKeys());
      ctx.phone().settings().applyLine(written);
      return written;
    } catch (ConfigException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private AppConfig loadConfig() {
    try {
      return new ConfigLoader().load(ctx.home().configFile());
    } catch (ConfigException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private void closeThen(Runnable then) {
    finish();
    then.run();
  }

  /** Done for good (finished or skipped): never shown again. */
  private void finish() {
    dialog.dispose();
    ctx.work()
        .run(
            "remembering the set-up is done",
            () -> placement.saveFlag(DONE, true),
            () -> {},
            e -> ctx.showError(dialog.getOwner(), e));
    ctx.probe().changed();
  }

  private JButton button(String key) {
    JButton b = new JButton(ctx.texts().get(key));
    b.setName(key);
    return b;
  }
}
