package dev.vorzimmer.ui;

import dev.vorzimmer.ui.contacts.ContactsTab;
import dev.vorzimmer.ui.settings.SettingsTab;
import dev.vorzimmer.ui.settings.SetupAssistant;
import javax.swing.JTabbedPane;

/** Where the first-run assistant leads in the main window. EDT only. */
final class SetupLinks implements SetupAssistant.Next {
  private final JTabbedPane tabs;
  private final SettingsTab settings;
  private final ContactsTab contacts;

  SetupLinks(JTabbedPane tabs, SettingsTab settings, ContactsTab contacts) {
    this.tabs = tabs;
    this.settings = settings;
    this.contacts = contacts;
  }

  @Override
  public void accountSaved() {
    settings.refresh(); // the account page shows what the assistant saved
  }

  @Override
  public void greetings() {
    tabs.setSelectedComponent(settings.component());
    settings.showGreetings();
  }

  @Override
  public void contacts() {
    tabs.setSelectedComponent(contacts.component());
  }
}
