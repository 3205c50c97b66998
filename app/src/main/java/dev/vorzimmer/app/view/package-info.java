/**
 * The phone as the window's views see it: one narrow interface per concern ({@link Lines} of {@link
 * Line}s, {@link Sound}, {@link Callers}, {@link ScreeningRules}, {@link SettingsApplier}, the
 * stores' parts in {@link Stores}, and {@code app.LiveCalls}), gathered in {@link PhoneView} by
 * {@code Phone.view()}. The views never see {@code Phone}, the screening module, the screener or
 * the store itself: they cannot start, stop or rewire the phone, only use it. Checked by
 * ArchitectureTest.
 */
package dev.vorzimmer.app.view;
