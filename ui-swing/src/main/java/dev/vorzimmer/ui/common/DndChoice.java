package dev.vorzimmer.ui.common;

/**
 * One way to switch do not disturb (off, until switched off, for an hour, until a time, until
 * tomorrow morning), in the window's words; the status bar's menu and the tray's offer the same.
 *
 * @param name the choice's id ({@code off}, {@code on}, {@code hour}, {@code until}, {@code
 *     morning})
 * @param label its words in the window's language
 * @param choose switches to it (EDT only; {@code until} first asks for the time)
 */
public record DndChoice(String name, String label, Runnable choose) {}
