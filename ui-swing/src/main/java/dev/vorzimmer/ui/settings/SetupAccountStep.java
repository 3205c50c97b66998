package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.config.AccountExtras;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.Texts;
import java.util.Map;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/**
 * The assistant's first step: the provider (a preset), then user, server and password. EDT only.
 */
final class SetupAccountStep {
  private final FormGrid grid;
  private final JComboBox<Provider> provider = new JComboBox<>(Provider.values());
  private final JTextArea hint = FormGrid.note("setup.hint");
  private final JTextField user = field("setup.user");
  private final JTextField domain = field("setup.domain");
  private final JTextField registrar = field("setup.registrar");
  private final JPasswordField password = new JPasswordField(22);
  private final JTextArea problems = FormGrid.note("setup.problems");

  SetupAccountStep(Texts t) {
    grid = new FormGrid(t.get("setup.accountTitle"));
    JTextArea intro = FormGrid.note("setup.intro");
    intro.setText(t.get("setup.intro"));
    grid.span(intro);
    provider.setName("setup.provider");
    provider.setRenderer(
        new DefaultListCellRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public java.awt.Component getListCellRendererComponent(
              JList<?> list, Object value, int index, boolean selected, boolean focus) {
            JLabel l =
                (JLabel) super.getListCellRendererComponent(list, value, index, selected, focus);
            l.setText(value instanceof Provider p ? p.label(t) : "");
            return l;
          }
        });
    provider.addActionListener(e -> preset(t));
    password.setName("setup.password");
    grid.row(t.get("setup.providerLabel"), provider);
    grid.span(hint);
    grid.row(t.get("account.userLabel"), user);
    grid.row(t.get("account.domainLabel"), domain);
    grid.row(t.get("account.registrarLabel"), registrar);
    grid.row(t.get("account.passwordLabel"), password);
    grid.span(problems);
    registrar.putClientProperty("JTextField.placeholderText", t.get("account.registrarHint"));
    preset(t);
  }

  JComponent component() {
    return grid.panel();
  }

  void focus() {
    provider.requestFocusInWindow();
  }

  /** Fills in what the chosen provider documents and says where the rest comes from. */
  private void preset(Texts t) {
    Provider p = (Provider) provider.getSelectedItem();
    hint.setText(p.hint(t));
    domain.setText(p.domain());
    registrar.setText(p.registrar());
  }

  AccountForm form() {
    return new AccountForm(
        user.getText(),
        domain.getText(),
        registrar.getText(),
        "udp",
        new String(password.getPassword()),
        Optional.empty(),
        AccountExtras.NONE);
  }

  /** Shows what is missing or wrong; true when the form can be tested. */
  boolean check(Texts t) {
    Map<AccountForm.Field, String> found = form().problems(t);
    FormGrid.result(problems, String.join("\n", found.values()), !found.isEmpty());
    return found.isEmpty();
  }

  private static JTextField field(String name) {
    JTextField f = new JTextField(22);
    f.setName(name);
    return f;
  }
}
