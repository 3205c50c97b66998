package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.ConfigEditor;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.StatusText;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account section: user, domain, registrar, transport, password; the line's current state;
 * "Test registration" (a temporary agent, the line is not touched), "Save" (config.toml, then the
 * running line switches) and "Use no account". Checks the fields before anything leaves the window.
 */
final class AccountPanel {
  private static final Logger log = LoggerFactory.getLogger(AccountPanel.class);
  private final UiContext ctx;
  private final ConfigEditor editor;
  private final Consumer<AppConfig> saved;
  private final FormGrid grid;
  private final JTextField user = field("account.user", 20);
  private final JTextField domain = field("account.domain", 24);
  private final JTextField registrar = field("account.registrar", 24);
  private final JComboBox<String> transport = new JComboBox<>(new String[] {"UDP", "TCP", "TLS"});
  private final JPasswordField password = new JPasswordField(20);
  private final Map<AccountForm.Field, JLabel> problems = new EnumMap<>(AccountForm.Field.class);
  private final JLabel state = new JLabel(" ");
  private final JTextArea result = FormGrid.note("account.result");
  private final JButton test;
  private final JButton save;
  private final JButton local;
  private final Unsaved unsaved;
  private AppConfig config;
  private Optional<String> storedPassword = Optional.empty();
  private boolean busy;

  AccountPanel(
      UiContext ctx, ConfigEditor editor, Consumer<AppConfig> saved, Unsaved.Listener marks) {
    this.ctx = ctx;
    this.editor = editor;
    this.saved = saved;
    Texts t = ctx.texts();
    grid = new FormGrid(t.get("settings.account"));
    transport.setName("account.transport");
    password.setName("account.password");
    registrar.putClientProperty("JTextField.placeholderText", t.get("account.registrarHint"));
    state.setName("account.state");
    test = button("account.test", t.get("account.test"), this::testRegistration);
    save = button("account.save", t.get("account.save"), this::save);
    local = button("account.local", t.get("account.local"), this::useLocalLine);
    grid.row(t.get("account.stateLabel"), state);
    grid.row(t.get("account.userLabel"), user, problemLine(AccountForm.Field.USER));
    grid.row(t.get("account.domainLabel"), domain, problemLine(AccountForm.Field.DOMAIN));
    grid.row(t.get("account.registrarLabel"), registrar, problemLine(AccountForm.Field.REGISTRAR));
    grid.row(t.get("account.transportLabel"), transport);
    grid.row(t.get("account.passwordLabel"), password, problemLine(AccountForm.Field.PASSWORD));
    grid.buttons(test, save, local);
    grid.span(result);
    unsaved =
        new Unsaved(marks, this::forgetResult).watch(user, domain, registrar, transport, password);
    setBusy(true);
  }

  /** An old test or save result no longer describes edited fields. */
  private void forgetResult() {
    if (!busy && !result.getText().isEmpty()) {
      FormGrid.result(result, "", false);
      ctx.probe().changed();
    }
  }

  JComponent component() {
    return grid.panel();
  }

  /** Shows the saved account (or an empty form); EDT only. */
  void load(AppConfig loaded) {
    config = loaded;
    AccountForm form = loaded.account().map(AccountForm::of).orElseGet(AccountForm::empty);
    unsaved.load(
        () -> {
          user.setText(form.user());
          domain.setText(form.domain());
          registrar.setText(form.registrar());
          transport.setSelectedItem(form.transport().toUpperCase(java.util.Locale.ROOT));
          password.setText("");
        });
    storedPassword = form.storedPassword();
    updatePasswordHint();
    setBusy(false);
  }

  /** The running line's state, as in the status bar; EDT only. */
  void registration(RegistrationEvent e) {
    state.setText(StatusText.of(e, ctx.texts()));
  }

  private AccountForm form() {
    return new AccountForm(
        user.getText(),
        domain.getText(),
        registrar.getText(),
        ((String) transport.getSelectedItem()).toLowerCase(java.util.Locale.ROOT),
        new String(password.getPassword()),
        storedPassword,
        config == null
            ? dev.vorzimmer.app.config.AccountExtras.NONE
            : config
                .account()
                .map(dev.vorzimmer.app.config.AccountSettings::extras)
                .orElse(dev.vorzimmer.app.config.AccountExtras.NONE));
  }

  /** Shows the form's problems next to their fields; true when there are none. */
  private boolean check(AccountForm form) {
    Map<AccountForm.Field, String> found = form.problems(ctx.texts());
    problems.forEach((field, line) -> FormGrid.problem(line, found.get(field)));
    ctx.probe().changed();
    return found.isEmpty();
  }

  private void testRegistration() {
    AccountForm form = form();
    if (!check(form)) {
      return;
    }
    begin(ctx.texts().get("account.testing"));
    String listenHost = config.listenHost();
    int expires = config.account().map(a -> a.expires()).orElse(300);
    ctx.work()
        .querySlow(
            "testing registration",
            () -> trial(form, listenHost, expires),
            v -> finish(v.text(), !v.ok()),
            e -> finish(ctx.texts().get("error.text", e.getMessage()), true));
  }

  private RegistrationVerdict trial(AccountForm form, String listenHost, int expires) {
    return AccountTrial.run(
        form,
        listenHost,
        expires,
        config.account().flatMap(dev.vorzimmer.app.config.AccountSettings::caFile),
        ctx.texts());
  }

  private void save() {
    AccountForm form = form();
    if (!check(form)) {
      return;
    }
    begin(ctx.texts().get("account.saving"));
    run(
        "saving the account",
        () -> apply(() -> editor.set("account", form.configKeys())),
        this::applied);
  }

  private void useLocalLine() {
    problems.values().forEach(line -> FormGrid.problem(line, null));
    begin(ctx.texts().get("account.saving"));
    run("switching to a local line", () -> apply(() -> editor.remove("account")), this::applied);
  }

  /** Writes the file, then switches the running line; off the EDT. */
  private Applied apply(ConfigWrite write) {
    AppConfig written;
    try {
      written = write.run();
    } catch (ConfigException | IOException e) {
      log.info("account not saved: {}", e.getMessage());
      return new Applied(null, ctx.texts().get("account.notSaved", e.getMessage()));
    }
    try {
      ctx.phone().settings().applyLine(written);
      return new Applied(written, null);
    } catch (IOException | RuntimeException e) {
      log.warn("account saved to {} but the line could not switch", written.file(), e);
      return new Applied(
          written, ctx.texts().get("account.notApplied", String.valueOf(e.getMessage())));
    }
  }

  private void applied(Applied a) {
    if (a.config() != null && a.config().account().isPresent()) {
      load(a.config());
    } else if (a.config() != null) {
      config = a.config(); // local line: the fields stay filled in, ready to save again
      String typed = new String(password.getPassword());
      unsaved.load(() -> password.setText(typed.isEmpty() ? storedPassword.orElse("") : typed));
      storedPassword = Optional.empty();
      updatePasswordHint();
    }
    if (a.config() != null) {
      saved.accept(a.config());
    }
    String ok =
        a.config() == null
            ? ""
            : ctx.texts()
                .get(a.config().account().isPresent() ? "account.saved" : "account.savedLocal");
    finish(a.problem() == null ? ok : a.problem(), a.problem() != null);
  }

  private <T> void run(String what, Supplier<T> work, Consumer<T> done) {
    ctx.work()
        .query(what, work, done, e -> finish(ctx.texts().get("error.text", e.getMessage()), true));
  }

  private void begin(String text) {
    setBusy(true);
    FormGrid.result(result, text, false);
    ctx.probe().changed();
  }

  private void finish(String text, boolean bad) {
    setBusy(false);
    FormGrid.result(result, text, bad);
    ctx.probe().changed();
  }

  private void setBusy(boolean busy) {
    this.busy = busy;
    test.setEnabled(!busy);
    save.setEnabled(!busy);
    local.setEnabled(!busy && config != null && config.account().isPresent());
  }

  private void updatePasswordHint() {
    password.putClientProperty(
        "JTextField.placeholderText",
        storedPassword.isPresent() ? ctx.texts().get("account.passwordKept") : null);
  }

  private JLabel problemLine(AccountForm.Field field) {
    JLabel line = new JLabel();
    line.setName("account.problem." + field.name().toLowerCase(java.util.Locale.ROOT));
    problems.put(field, line);
    return line;
  }

  private static JTextField field(String name, int columns) {
    JTextField f = new JTextField(columns);
    f.setName(name);
    return f;
  }

  private static JButton button(String name, String text, Runnable action) {
    JButton b = new JButton(text);
    b.setName(name);
    b.addActionListener(e -> action.run());
    return b;
  }

  /** A change of config.toml that the loader checks first. */
  private interface ConfigWrite {
    AppConfig run() throws ConfigException, IOException;
  }

  /**
   * What Save did: the stored configuration (null when nothing was written) and a problem to show.
   */
  private record Applied(AppConfig config, String problem) {}
}
