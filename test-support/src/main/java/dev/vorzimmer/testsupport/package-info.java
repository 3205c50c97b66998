/** Placeholder. */ package dev.vorzimmer.testsupport;
