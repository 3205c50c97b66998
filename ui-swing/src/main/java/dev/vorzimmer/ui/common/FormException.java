package dev.vorzimmer.ui.common;

/**
 * A setting the user entered cannot be used. Carries a {@link Texts} key and its arguments so the
 * window can say what to change in the user's language; nothing has been saved.
 */
public final class FormException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient Object[] args;

  public FormException(String key, Object... args) {
    super(key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args)));
    this.key = key;
    this.args = args.clone();
  }

  /** The text shown to the user. */
  public String text(Texts texts) {
    return texts.get(key, args);
  }

  public String key() {
    return key;
  }
}
