package dev.vorzimmer.ui;

import dev.vorzimmer.ui.common.Texts;

/** The window title: "Vorzimmer — 2 unheard · 1 to call back". */
final class WindowTitle {
  private WindowTitle() {}

  static String of(long unheard, int callBacks, Texts t) {
    if (unheard == 0 && callBacks == 0) {
      return "Vorzimmer";
    }
    if (callBacks == 0) {
      return t.get("title.unheard", unheard);
    }
    if (unheard == 0) {
      return t.get("title.callBack", callBacks);
    }
    return t.get("title.both", unheard, callBacks);
  }
}
