package dev.vorzimmer.app.view;

import dev.vorzimmer.app.LiveCalls;
import dev.vorzimmer.app.carddav.AddressBookStatuses;

/**
 * What the window's views may use of the running phone, one narrow interface each; built by {@code
 * Phone.view()}.
 *
 * @param lines the user's lines: which there are, and the agent a call is on
 * @param liveCalls mute, keypad and device reports of the calls the user is talking on
 * @param sound the microphone and speaker the user chose
 * @param callers what the phone knows about a number or a ringing caller
 * @param rules the screening settings: read, save, try a number
 * @param settings applies edited account and call settings to the running phone
 * @param addressBooks how the last CardDAV syncs went
 * @param store the parts of the store the views read and edit
 */
public record PhoneView(
    Lines lines,
    LiveCalls liveCalls,
    Sound sound,
    Callers callers,
    ScreeningRules rules,
    SettingsApplier settings,
    AddressBookStatuses addressBooks,
    Stores store) {}
